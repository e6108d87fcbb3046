import { Alert, Button, Descriptions, Drawer, Flex, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { useFragment } from '../../../graphql';
import type { Customer } from '../form/values';
import { CrmCustomerFieldsFragment, CrmCustomerQuery } from '../operations/customer';
import { CrmCustomerPickQuery, CrmMergeCustomersMutation } from '../operations/list';
import { crmActionMessage } from '../shared/errors';

/** What merging `source` into `target` moves (what the server's merge does, as counts and names). */
export function mergePreview(target: Customer, source: Customer) {
  const newTags = source.tags.filter((tag) => !target.tags.includes(tag));
  const targetKeys = new Set(target.customFields.map((c) => c.key));
  return {
    contacts: source.contacts.map((c) => c.name),
    phones: source.phones.filter((p) => !target.phones.includes(p)).length,
    emails: source.emails.filter((e) => !target.emails.includes(e)).length,
    tags: newTags,
    customFields: source.customFields.filter((c) => !targetKeys.has(c.key)).length,
    needs: source.needs.trim() !== '',
  };
}

function useDebounced(value: string) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), 250);
    return () => clearTimeout(timer);
  }, [value]);
  return v;
}

type Props = { target: Customer; onClose: (merged?: boolean) => void };

/** Merge another customer into this one: pick it, see what moves, confirm. The other one goes to the recycle bin. */
export function MergeDrawer({ target, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebounced(text);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picks] = useQuery({ query: CrmCustomerPickQuery, variables: { search: search || null } });
  const [sourceResult] = useQuery({ query: CrmCustomerQuery, variables: { id: sourceId ?? '' }, pause: !sourceId });
  const [{ fetching }, merge] = useMutation(CrmMergeCustomersMutation);
  const source = useFragment(CrmCustomerFieldsFragment, sourceResult.data?.customer);
  const preview = source && source.id === sourceId ? mergePreview(target, source) : null;

  async function onMerge() {
    if (!sourceId) return;
    setError(null);
    const result = await merge({ input: { targetId: target.id, sourceId } });
    if (result.error) return setError(crmActionMessage(t, result.error, { FORBIDDEN: 'crm.merge.forbidden' }));
    onClose(true);
  }

  const options = (picks.data?.customers.edges ?? [])
    .map((e) => e.node)
    .filter((n) => n.id !== target.id)
    .map((n) => ({ value: n.id, label: n.owner ? `${n.name} · ${n.owner.displayName}` : n.name }));

  return (
    <Drawer
      open
      title={t('crm.merge.title', { name: target.name })}
      size="min(560px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" danger disabled={!preview} loading={fetching} data-testid="merge-submit" onClick={() => void onMerge()}>
            {t('crm.merge.submit')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('crm.merge.help', { name: target.name })}
        </Typography.Paragraph>
        <FormError message={error} />
        <Select
          showSearch={{ filterOption: false, onSearch: setText }}
          value={sourceId ?? undefined}
          onChange={(id: string) => setSourceId(id)}
          placeholder={t('crm.merge.pick')}
          loading={picks.fetching}
          options={options}
          notFoundContent={t('crm.merge.noMatch')}
          data-testid="merge-source"
          style={{ width: '100%' }}
        />
        {source && preview && (
          <Alert
            type="warning"
            showIcon
            data-testid="merge-preview"
            title={t('crm.merge.moves', { source: source.name, target: target.name })}
            description={
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('crm.merge.contacts')}>
                  {preview.contacts.length > 0 ? preview.contacts.join(', ') : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('crm.merge.activities')}>{t('crm.merge.allActivities')}</Descriptions.Item>
                <Descriptions.Item label={t('crm.fields.phones')}>{preview.phones}</Descriptions.Item>
                <Descriptions.Item label={t('crm.fields.emails')}>{preview.emails}</Descriptions.Item>
                <Descriptions.Item label={t('crm.columns.tags')}>
                  {preview.tags.length > 0 ? preview.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('crm.merge.customFields')}>{preview.customFields}</Descriptions.Item>
                <Descriptions.Item label={t('crm.fields.needs')}>
                  {preview.needs ? t('crm.merge.needsAppended') : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('crm.merge.afterwards')}>{t('crm.merge.toTrash', { name: source.name })}</Descriptions.Item>
              </Descriptions>
            }
          />
        )}
      </Flex>
    </Drawer>
  );
}
