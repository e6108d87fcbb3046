import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../lib/i18n';

/** Toggles between the two languages; the label names the language you would switch to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button type="text" data-testid="lang-switch" lang={next} onClick={() => void setLanguage(next)}>
      {t('lang.switchTo')}
    </Button>
  );
}
