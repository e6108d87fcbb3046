import { Button, Checkbox, Drawer, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { AuthzRolesQuery, DataScope, Permission } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { showFormError } from '../errors';
import { useStepUp } from '../stepup';
import { DATA_SCOPES, domainText, groupByDomain, permissionText } from './catalog';
import { AuthzCreateRoleMutation, AuthzPermissionCatalogQuery, AuthzUpdateRoleMutation } from './operations';

export type RoleRow = AuthzRolesQuery['roles'][number];

type Values = { name: string; description: string; dataScope: DataScope; permissions: Permission[] };

const FIELDS = ['name', 'description', 'dataScope', 'permissions'];

/** Create a role (role: null) or edit one: permissions grouped by domain, and the data scope they cover. */
export function RoleDrawer({ role, onClose }: { role: RoleRow | null; onClose: (saved?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { withStepUp } = useStepUp();
  const [{ data: catalog, error: catalogError }] = useQuery({ query: AuthzPermissionCatalogQuery });
  const [, createRole] = useMutation(AuthzCreateRoleMutation);
  const [, updateRole] = useMutation(AuthzUpdateRoleMutation);

  const initialValues: Values = role
    ? { name: role.name, description: role.description, dataScope: role.dataScope, permissions: role.permissions }
    : { name: '', description: '', dataScope: 'OWN', permissions: [] };

  async function onFinish(values: Values) {
    setFormError(null);
    setBusy(true);
    const input = {
      name: values.name.trim(),
      description: values.description.trim(),
      dataScope: values.dataScope,
      permissions: values.permissions,
    };
    const result = role ? await withStepUp(() => updateRole({ input })) : await withStepUp(() => createRole({ input }));
    setBusy(false);
    if (!result.error) return onClose(t(role ? 'authz.roles.updated' : 'authz.roles.created', { name: input.name }));
    setFormError(showFormError(t, form, result.error, FIELDS));
  }

  const groups = groupByDomain(catalog?.permissionCatalog ?? []);

  return (
    <Drawer
      open
      title={role ? t('authz.roles.editTitle', { name: role.name }) : t('authz.roles.createTitle')}
      size="min(640px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} data-testid="role-save" onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={onFinish}>
        <FormError message={formError ?? (catalogError ? errorMessage(t, catalogError) : null)} />
        <Form.Item
          label={t('authz.roles.name')}
          name="name"
          extra={role ? undefined : t('authz.roles.nameHelp')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input autoComplete="off" disabled={!!role} data-testid="role-name" />
        </Form.Item>
        <Form.Item label={t('authz.roles.description')} name="description">
          <Input autoComplete="off" maxLength={255} data-testid="role-description" />
        </Form.Item>
        <Form.Item label={t('authz.roles.dataScope')} name="dataScope" extra={t('authz.roles.dataScopeHelp')}>
          <Radio.Group>
            <Flex vertical gap={4}>
              {DATA_SCOPES.map((s) => (
                <Radio key={s} value={s} data-testid={`role-scope-${s.toLowerCase()}`}>
                  {t(`authz.scopes.${s}`)}
                  <Typography.Text type="secondary"> — {t(`authz.scopeHelp.${s}`)}</Typography.Text>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={t('authz.roles.permissions')}
          name="permissions"
          rules={[{ required: true, type: 'array', min: 1, message: t('authz.roles.permissionsRequired') }]}
        >
          <Checkbox.Group style={{ display: 'block' }}>
            <Flex vertical gap={12}>
              {groups.map((g) => (
                <fieldset key={g.domain} data-testid={`perm-group-${g.domain}`} style={{ border: 0, margin: 0, padding: 0 }}>
                  <Typography.Text strong>{domainText(t, g.domain)}</Typography.Text>
                  <Flex vertical gap={4} style={{ marginTop: 4 }}>
                    {g.entries.map((p) => (
                      <Checkbox key={p.key} value={p.key} data-testid={`perm-${p.name}`}>
                        <Typography.Text code>{p.name}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{permissionText(t, p)}</Typography.Text>
                      </Checkbox>
                    ))}
                  </Flex>
                </fieldset>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
