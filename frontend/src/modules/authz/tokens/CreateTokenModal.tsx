import { Checkbox, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { useMe } from '../../auth/me';
import { showFormError } from '../errors';
import { domainText, groupByDomain, permissionText } from '../roles/catalog';
import { AuthzPermissionCatalogQuery } from '../roles/operations';
import { useStepUp } from '../stepup';
import { defaultExpiryDate, expiryInstant, isExpiryDisabled, parseAllowedIps } from './expiry';
import { AuthzCreateApiTokenMutation } from './operations';

type Values = { name: string; scopes: string[]; expiry: Dayjs; allowedIps?: string };

/** Name, scopes (only rights you hold yourself), expiry and an optional IP allow-list; `onCreated` gets the secret. */
export function CreateTokenModal({ onClose, onCreated }: { onClose: () => void; onCreated: (token: string, name: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const { withStepUp } = useStepUp();
  const [{ data: catalog }] = useQuery({ query: AuthzPermissionCatalogQuery });
  const [{ fetching }, createToken] = useMutation(AuthzCreateApiTokenMutation);

  // A token is never worth more than its owner: the server refuses scopes you lack (NOT_HELD).
  const held = new Set(me.permissions);
  const groups = groupByDomain((catalog?.permissionCatalog ?? []).filter((p) => held.has(p.name)));

  async function onFinish(values: Values) {
    setFormError(null);
    const input = {
      name: values.name.trim(),
      scopes: values.scopes,
      expiresAt: expiryInstant(values.expiry),
      allowedIps: parseAllowedIps(values.allowedIps),
    };
    const result = await withStepUp(() => createToken({ input }));
    const created = result.data?.createApiToken;
    if (!result.error && created) return onCreated(created.token, created.apiToken.name);
    setFormError(showFormError(t, form, result.error, ['name', 'scopes', 'expiry', 'allowedIps'], {
      rename: { expiresAt: 'expiry' },
    }));
  }

  return (
    <Modal
      open
      title={t('authz.tokens.createTitle')}
      okText={t('authz.tokens.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'token-save', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: '', scopes: [], expiry: defaultExpiryDate(), allowedIps: '' }}
        onFinish={onFinish}
      >
        <FormError message={formError} />
        <Form.Item
          label={t('authz.tokens.name')}
          name="name"
          extra={t('authz.tokens.nameHelp')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}
        >
          <Input autoComplete="off" maxLength={64} data-testid="token-name" />
        </Form.Item>
        <Form.Item
          label={t('authz.tokens.scopes')}
          name="scopes"
          extra={t('authz.tokens.scopesHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('authz.tokens.scopesRequired') }]}
        >
          <Checkbox.Group style={{ display: 'block' }}>
            <Flex vertical gap={8}>
              {groups.map((g) => (
                <div key={g.domain}>
                  <Typography.Text strong>{domainText(t, g.domain)}</Typography.Text>
                  <Flex vertical gap={2}>
                    {g.entries.map((p) => (
                      <Checkbox key={p.name} value={p.name} data-testid={`token-scope-${p.name}`}>
                        <Typography.Text code>{p.name}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{permissionText(t, p)}</Typography.Text>
                      </Checkbox>
                    ))}
                  </Flex>
                </div>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          label={t('authz.tokens.expiry')}
          name="expiry"
          extra={t('authz.tokens.expiryHelp')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker allowClear={false} disabledDate={(d) => isExpiryDisabled(d)} data-testid="token-expiry" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('authz.tokens.allowedIps')} name="allowedIps" extra={t('authz.tokens.allowedIpsHelp')}>
          <Input.TextArea rows={2} placeholder="203.0.113.7&#10;10.0.0.0/8" data-testid="token-ips" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
