import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  available: { key: string; title: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  onReset: () => void;
};

/** Which columns the list shows (the name always does); the choice is remembered per user. */
export function ColumnChooser({ available, chosen, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical gap={8} style={{ maxHeight: '60vh', overflowY: 'auto' }} data-testid="columns-panel">
      <Typography.Text type="secondary">{t('crm.list.columnsHelp')}</Typography.Text>
      {available.map((c) => (
        <Checkbox
          key={c.key}
          checked={chosen.includes(c.key)}
          data-testid={`column-${c.key}`}
          // Keep the order of `available`, so columns don't jump around as they are ticked.
          onChange={(e) =>
            onChange(available.map((a) => a.key).filter((k) => (k === c.key ? e.target.checked : chosen.includes(k))))
          }
        >
          {c.title}
        </Checkbox>
      ))}
      <Button size="small" onClick={onReset} data-testid="columns-reset">
        {t('crm.list.columnsReset')}
      </Button>
    </Flex>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />} data-testid="columns-toggle" aria-label={t('crm.list.columns')}>
        {t('crm.list.columns')}
      </Button>
    </Popover>
  );
}
