import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldsTab } from './CustomFieldsTab';
import { StagesTab } from './StagesTab';

/** Admin → Custom fields: the customer fields admins define, and the lifecycle stage list. */
export default function CustomFieldsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('crm.admin.title')}
      </Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'fields', label: <span data-testid="tab-fields">{t('crm.admin.fields.tab')}</span>, children: <CustomFieldsTab /> },
          { key: 'stages', label: <span data-testid="tab-stages">{t('crm.admin.stages.tab')}</span>, children: <StagesTab /> },
        ]}
      />
    </Flex>
  );
}
