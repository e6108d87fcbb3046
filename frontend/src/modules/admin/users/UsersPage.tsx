import { DownOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { MenuProps, TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyVariables, DocumentInput } from 'urql';
import { useClient, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { RESET_MFA_ACTION, useResetUserMfa } from '../../mfa/admin/useResetUserMfa';
import { useStepUp } from '../../mfa/stepup';
import { actionError } from './actionError';
import {
  DisableUserMutation,
  EnableUserMutation,
  RequirePasswordChangeMutation,
  ResendInvitationMutation,
  RevokeUserSessionsMutation,
  RolesQuery,
  UnlockUserMutation,
  UsersQuery,
} from './operations';
import { StatusTags } from './StatusTags';
import type { UserRow } from './types';
import { UserFormModal, type UserModal } from './UserFormModal';

type Tri = 'any' | 'yes' | 'no';
const tri = (v: Tri) => (v === 'any' ? null : v === 'yes');

/** Admin → Users: search, filter, page through accounts and act on each. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message, modal: confirm } = App.useApp();
  const client = useClient();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<Tri>('any');
  const [locked, setLocked] = useState<Tri>('any');
  const [role, setRole] = useState<string | null>(null);
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [modal, setModal] = useState<UserModal | null>(null);

  // Search as you type, once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(searchText.trim());
      setPage((p) => ({ ...p, current: 1 }));
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: UsersQuery,
    variables: {
      search,
      active: tri(active),
      locked: tri(locked),
      role,
      offset: (page.current - 1) * page.size,
      limit: page.size,
    },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: roles }] = useQuery({ query: RolesQuery });
  const { withStepUp } = useStepUp();
  const resetMfa = useResetUserMfa(() => refetch({ requestPolicy: 'network-only' }));

  async function run<V extends AnyVariables>(doc: DocumentInput<unknown, V>, variables: V, done: string) {
    const result = await withStepUp(() => client.mutation(doc, variables).toPromise());
    if (result.error) {
      void message.error(actionError(t, result.error));
      return;
    }
    void message.success(done);
    refetch({ requestPolicy: 'network-only' });
  }

  function onAction(key: string, user: UserRow) {
    const id = { id: user.id };
    switch (key) {
      case 'edit':
      case 'roles':
        setModal({ kind: key, user });
        break;
      case 'disable':
        confirm.confirm({
          title: t('users.confirmDisable', { name: user.username }),
          content: t('users.confirmDisableBody'),
          okText: t('users.actions.disable'),
          okButtonProps: { danger: true, 'data-testid': 'confirm-ok' },
          cancelText: t('common.cancel'),
          onOk: () => run(DisableUserMutation, id, t('users.done.disable')),
        });
        break;
      case 'enable':
        void run(EnableUserMutation, id, t('users.done.enable'));
        break;
      case 'unlock':
        void run(UnlockUserMutation, id, t('users.done.unlock'));
        break;
      case 'require-change':
        void run(RequirePasswordChangeMutation, id, t('users.done.requireChange'));
        break;
      case 'resend':
        void run(ResendInvitationMutation, id, t('users.done.resend'));
        break;
      case 'signout':
        confirm.confirm({
          title: t('users.confirmSignout', { name: user.username }),
          okText: t('users.actions.signout'),
          okButtonProps: { danger: true, 'data-testid': 'confirm-ok' },
          cancelText: t('common.cancel'),
          onOk: () => run(RevokeUserSessionsMutation, id, t('users.done.signout')),
        });
        break;
      case RESET_MFA_ACTION:
        resetMfa(user);
        break;
    }
  }

  function actionItems(user: UserRow): MenuProps['items'] {
    const item = (key: string) => ({ key, label: <span data-testid={`action-${key}`}>{t(`users.actions.${camel(key)}`)}</span> });
    return [
      item('edit'),
      item('roles'),
      user.isActive ? { ...item('disable'), danger: true } : item('enable'),
      ...(user.isLocked ? [item('unlock')] : []),
      ...(user.hasPassword ? [item('require-change')] : [item('resend')]),
      item('signout'),
      {
        key: RESET_MFA_ACTION,
        danger: true,
        label: <span data-testid={`action-${RESET_MFA_ACTION}`}>{t('mfa.admin.resetAction')}</span>,
      },
    ];
  }

  const columns: TableColumnsType<UserRow> = [
    {
      title: t('users.user'),
      key: 'user',
      render: (_, u) => (
        <Flex vertical>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary">{u.username}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('users.email'), dataIndex: 'email', key: 'email', responsive: ['md'] },
    {
      title: t('users.roles'),
      key: 'roles',
      responsive: ['sm'],
      render: (_, u) => u.roles.map((r) => <Tag key={r}>{r}</Tag>),
    },
    { title: t('users.statusTitle'), key: 'status', render: (_, u) => <StatusTags user={u} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      responsive: ['lg'],
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    {
      title: '',
      key: 'actions',
      // Always in view, also when a phone scrolls the table sideways.
      fixed: 'right',
      render: (_, u) => (
        <Dropdown trigger={['click']} menu={{ items: actionItems(u), onClick: ({ key }) => onAction(key, u) }}>
          <Button size="small" data-testid={`user-actions-${u.username}`}>
            {t('users.actionsButton')} <DownOutlined />
          </Button>
        </Dropdown>
      ),
    },
  ];

  const triOptions = (yes: string, no: string) => [
    { value: 'any', label: t('users.filter.any') },
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button type="primary" icon={<UserAddOutlined />} data-testid="invite-user" onClick={() => setModal({ kind: 'invite' })}>
          {t('users.invite')}
        </Button>
      </Flex>
      <Flex wrap gap={8}>
        <Input
          allowClear
          type="search"
          prefix={<SearchOutlined />}
          aria-label={t('users.searchPlaceholder')}
          placeholder={t('users.searchPlaceholder')}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          data-testid="users-search"
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Select<Tri>
          value={active}
          onChange={(v) => { setActive(v); setPage((p) => ({ ...p, current: 1 })); }}
          options={triOptions(t('users.status.active'), t('users.status.disabled'))}
          prefix={t('users.filter.active')}
          data-testid="filter-active"
          style={{ minWidth: 150 }}
        />
        <Select<Tri>
          value={locked}
          onChange={(v) => { setLocked(v); setPage((p) => ({ ...p, current: 1 })); }}
          options={triOptions(t('users.status.locked'), t('users.filter.notLocked'))}
          prefix={t('users.filter.locked')}
          data-testid="filter-locked"
          style={{ minWidth: 150 }}
        />
        <Select<string>
          allowClear
          value={role ?? undefined}
          onChange={(v) => { setRole(v ?? null); setPage((p) => ({ ...p, current: 1 })); }}
          options={(roles?.roles ?? []).map((r) => ({ value: r.name, label: r.name }))}
          placeholder={t('users.filter.role')}
          data-testid="filter-role"
          style={{ minWidth: 150 }}
        />
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      <Table<UserRow>
        rowKey="id"
        size="middle"
        loading={fetching}
        columns={columns}
        dataSource={data?.users.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: data?.users.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('users.total', { count: total }),
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
      {modal && (
        <UserFormModal
          modal={modal}
          onClose={(done) => {
            setModal(null);
            if (done) {
              void message.success(done);
              refetch({ requestPolicy: 'network-only' });
            }
          }}
        />
      )}
    </Flex>
  );
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
