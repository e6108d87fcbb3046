import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { Customer } from '../form/values';
import { safeWebsite } from '../shared/format';
import { PiiValue } from '../shared/PiiValue';
import { useRevealers } from '../shared/reveal';

/** The customer's profile: personal data as the server sent it (masked or clear) with reveal, owner and team. */
export function ProfileCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const reveal = useRevealers();
  const c = customer;
  const website = safeWebsite(c.website);
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const many = (values: string[], field: 'PHONE' | 'EMAIL', slug: string, label: string) =>
    values.length === 0 ? (
      dash
    ) : (
      <Flex vertical gap={2}>
        {values.map((v, i) => (
          <PiiValue
            key={`${i}-${v}`}
            value={v}
            masked={c.piiMasked}
            testId={`detail-${slug}-${i}`}
            fieldLabel={label}
            ownerName={c.name}
            reveal={reveal.customer(c.id, field, i)}
          />
        ))}
      </Flex>
    );

  return (
    <Card title={t('crm.detail.profile')} size="small" data-testid="customer-profile">
      <Descriptions column={1} size="small" styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('crm.fields.phones')}>
          {many(c.phones, 'PHONE', 'phone', t('crm.fields.phone'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.fields.emails')}>
          {many(c.emails, 'EMAIL', 'email', t('crm.fields.email'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.fields.idNumber')}>
          <PiiValue
            value={c.idNumber}
            masked={c.piiMasked}
            testId="detail-id-number"
            fieldLabel={t('crm.fields.idNumber')}
            ownerName={c.name}
            reveal={reveal.customer(c.id, 'ID_NUMBER')}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.fields.address')}>
          <PiiValue
            value={c.address}
            masked={c.piiMasked}
            testId="detail-address"
            fieldLabel={t('crm.fields.address')}
            ownerName={c.name}
            reveal={reveal.customer(c.id, 'ADDRESS')}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.columns.industry')}>{c.industry || dash}</Descriptions.Item>
        <Descriptions.Item label={t('crm.columns.source')}>{c.source || dash}</Descriptions.Item>
        <Descriptions.Item label={t('crm.fields.website')}>
          {website ? (
            <Typography.Link href={website} target="_blank" rel="noopener noreferrer nofollow">
              {c.website}
            </Typography.Link>
          ) : (
            c.website || dash
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.columns.owner')}>
          <span data-testid="detail-owner">{c.owner?.displayName ?? t('crm.pool.none')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.columns.team')}>{c.team?.name ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('crm.columns.tags')}>
          {c.tags.length === 0 ? (
            dash
          ) : (
            <Flex gap={4} wrap data-testid="detail-tags">
              {c.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Flex>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.detail.created')}>
          {formatDateTime(c.createdAt)} {c.createdBy ? `· ${c.createdBy.displayName}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.detail.updated')}>
          {formatDateTime(c.updatedAt)} {c.updatedBy ? `· ${c.updatedBy.displayName}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('crm.columns.lastActivityAt')}>{formatDateTime(c.lastActivityAt) || dash}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
