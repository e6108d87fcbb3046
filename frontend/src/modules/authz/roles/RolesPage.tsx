import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { actionMessage } from '../errors';
import { rowTestId } from '../rowProps';
import { useStepUp } from '../stepup';
import { AuthzDeleteRoleMutation, AuthzRolesQuery } from './operations';
import { RoleDrawer, type RoleRow } from './RoleDrawer';

// The server refuses to change the admin role: it always holds everything, so someone can administer.
const LOCKED_ROLE = 'admin';

/** Admin → Roles: built-in and custom roles, their permissions and data scope, who holds them. */
export default function RolesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { withStepUp } = useStepUp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AuthzRolesQuery, requestPolicy: 'cache-and-network' });
  const [, deleteRole] = useMutation(AuthzDeleteRoleMutation);
  const [editing, setEditing] = useState<RoleRow | 'new' | null>(null);

  async function onDelete(role: RoleRow) {
    const result = await withStepUp(() => deleteRole({ name: role.name }));
    if (result.error) return void message.error(actionMessage(t, result.error));
    void message.success(t('authz.roles.deleted', { name: role.name }));
    refetch({ requestPolicy: 'network-only' });
  }

  const columns: TableColumnsType<RoleRow> = [
    {
      title: t('authz.roles.name'),
      key: 'name',
      render: (_, r) => (
        <Flex vertical>
          <Flex gap={4} align="center" wrap>
            <Typography.Text strong>{r.name}</Typography.Text>
            {r.builtin && <Tag color="blue" data-testid={`role-builtin-${r.name}`}>{t('authz.roles.builtin')}</Tag>}
          </Flex>
          <Typography.Text type="secondary">{r.description}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('authz.roles.dataScope'),
      key: 'dataScope',
      render: (_, r) => <Tag data-testid={`role-scope-tag-${r.name}`}>{t(`authz.scopes.${r.dataScope}`)}</Tag>,
    },
    {
      title: t('authz.roles.permissions'),
      key: 'permissions',
      responsive: ['md'],
      render: (_, r) => t('authz.roles.permissionCount', { count: r.permissions.length }),
    },
    {
      title: t('authz.roles.users'),
      key: 'users',
      responsive: ['sm'],
      render: (_, r) =>
        r.users.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tooltip title={r.users.join(', ')}>
            <span data-testid={`role-users-${r.name}`}>
              {t('authz.roles.userCount', { count: r.users.length })}: {r.users.slice(0, 3).join(', ')}
              {r.users.length > 3 ? '…' : ''}
            </span>
          </Tooltip>
        ),
    },
    {
      title: '',
      key: 'actions',
      fixed: 'right',
      render: (_, r) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('authz.roles.edit')}
            disabled={r.name === LOCKED_ROLE}
            title={r.name === LOCKED_ROLE ? t('authz.roles.adminLocked') : t('authz.roles.edit')}
            data-testid={`role-edit-${r.name}`}
            onClick={() => setEditing(r)}
          />
          {!r.builtin && (
            <Popconfirm
              title={t('authz.roles.confirmDelete', { name: r.name })}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
              onConfirm={() => onDelete(r)}
            >
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('authz.roles.delete')}
                title={t('authz.roles.delete')}
                data-testid={`role-delete-${r.name}`}
              />
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('authz.roles.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} data-testid="role-create" onClick={() => setEditing('new')}>
          {t('authz.roles.create')}
        </Button>
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      <Table<RoleRow>
        rowKey="name"
        size="middle"
        loading={fetching}
        columns={columns}
        dataSource={data?.roles ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(r) => rowTestId(`role-row-${r.name}`)}
      />
      {editing && (
        <RoleDrawer
          role={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(saved);
              refetch({ requestPolicy: 'network-only' });
            }
          }}
        />
      )}
    </Flex>
  );
}
