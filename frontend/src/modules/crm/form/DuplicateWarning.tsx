import { Alert, Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CrmCustomerDuplicatesQuery } from '../../../graphql/graphql';

export type Duplicate = CrmCustomerDuplicatesQuery['customerDuplicates'][number];

type Props = { duplicates: Duplicate[]; saving: boolean; onSaveAnyway: () => void; onBack: () => void };

/** Customers that look like the one being saved, with links; saving anyway is a deliberate second click. */
export function DuplicateWarning({ duplicates, saving, onSaveAnyway, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-warning"
      style={{ marginBottom: 16 }}
      title={t('crm.duplicates.title', { count: duplicates.length })}
      description={
        <Flex vertical gap={8}>
          <List
            size="small"
            dataSource={duplicates}
            renderItem={(d) => {
              const id = d.customer?.id ?? d.poolCustomer?.id ?? '';
              const name = d.customer?.name ?? d.poolCustomer?.name ?? '';
              return (
                <List.Item data-testid={`duplicate-${id}`}>
                  <Flex wrap gap={4} align="center">
                    {d.customer ? (
                      // A new tab: the form being filled in stays as it is.
                      <Link to={`/customers/${id}`} target="_blank" rel="noopener">
                        {name}
                      </Link>
                    ) : (
                      <Link to="/customers/pool" target="_blank" rel="noopener">
                        {name}
                      </Link>
                    )}
                    {!d.customer && <Tag color="gold">{t('crm.duplicates.inPool')}</Tag>}
                    {d.customer?.owner && (
                      <Typography.Text type="secondary">{d.customer.owner.displayName}</Typography.Text>
                    )}
                    {d.reasons.map((r) => (
                      <Tag key={r}>{t(`crm.duplicates.reasons.${r}`)}</Tag>
                    ))}
                  </Flex>
                </List.Item>
              );
            }}
          />
          <Flex gap={8} wrap>
            <Button onClick={onBack} data-testid="duplicate-back">
              {t('crm.duplicates.back')}
            </Button>
            <Button danger loading={saving} onClick={onSaveAnyway} data-testid="duplicate-save-anyway">
              {t('crm.duplicates.saveAnyway')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
