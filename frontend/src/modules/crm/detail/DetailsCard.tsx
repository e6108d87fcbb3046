import { Card, Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../form/values';
import { customValueText } from '../shared/format';
import { PiiValue } from '../shared/PiiValue';
import { useRevealers } from '../shared/reveal';
import { useFieldDefs } from '../shared/settings';

/** Needs, preferences and the admin-defined fields (sensitive ones masked, with reveal). */
export function DetailsCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const reveal = useRevealers();
  // Archived definitions too: a value kept from an archived field still deserves its label.
  const { defs, label } = useFieldDefs(true);
  const c = customer;
  const values = c.customFields.map((v) => ({ v, def: defs.find((d) => d.key === v.key) }));
  const empty = !c.needs && c.preferences.length === 0 && values.length === 0;

  return (
    <Card title={t('crm.detail.details')} size="small" data-testid="customer-details">
      {empty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.detail.noDetails')} />}
      {c.needs && (
        <>
          <Typography.Text strong>{t('crm.fields.needs')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="detail-needs">
            {c.needs}
          </Typography.Paragraph>
        </>
      )}
      {(c.preferences.length > 0 || values.length > 0) && (
        <Descriptions column={1} size="small">
          {c.preferences.map((p) => (
            <Descriptions.Item key={`pref-${p.key}`} label={p.key}>
              {p.value}
            </Descriptions.Item>
          ))}
          {values.map(({ v, def }) => (
            <Descriptions.Item key={`cf-${v.key}`} label={def ? label(def) : v.key}>
              {v.masked ? (
                <PiiValue
                  value={v.value}
                  masked
                  testId={`cf-${v.key}`}
                  fieldLabel={def ? label(def) : v.key}
                  ownerName={c.name}
                  reveal={reveal.customField(c.id, v.key)}
                />
              ) : (
                <span data-testid={`cf-${v.key}`}>{customValueText(def?.type ?? 'TEXT', v.value)}</span>
              )}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}
