import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/me';

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Typography.Title level={2} data-testid="page-title">
      {t('home.greeting', { name: me.displayName })}
    </Typography.Title>
  );
}
