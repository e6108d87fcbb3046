import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { AuthzMyApiTokensQuery } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { actionMessage } from '../errors';
import { rowTestId } from '../rowProps';
import { CreateTokenModal } from './CreateTokenModal';
import { tokenStatus } from './expiry';
import { AuthzMyApiTokensQuery as TokensQuery, AuthzRevokeApiTokenMutation } from './operations';
import { TokenCreatedModal } from './TokenCreatedModal';

type Row = AuthzMyApiTokensQuery['myApiTokens'][number];

const STATUS_COLORS = { active: 'green', expired: 'default', revoked: 'red' } as const;

/** My account → API tokens: personal tokens for partner integrations, created once and revocable. */
export default function TokensPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TokensQuery, requestPolicy: 'cache-and-network' });
  const [, revoke] = useMutation(AuthzRevokeApiTokenMutation);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);

  async function onRevoke(row: Row) {
    const result = await revoke({ id: row.id });
    if (result.error) return void message.error(actionMessage(t, result.error));
    void message.success(t('authz.tokens.revoked', { name: row.name }));
    refetch({ requestPolicy: 'network-only' });
  }

  const columns: TableColumnsType<Row> = [
    {
      title: t('authz.tokens.name'),
      key: 'name',
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Typography.Text type="secondary" code>{r.prefix}…</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('authz.tokens.scopes'),
      key: 'scopes',
      responsive: ['md'],
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.scopes.map((s) => <Tag key={s}>{s}</Tag>)}
        </Flex>
      ),
    },
    {
      title: t('authz.tokens.expires'),
      key: 'expiresAt',
      responsive: ['sm'],
      render: (_, r) => formatDateTime(r.expiresAt),
    },
    {
      title: t('authz.tokens.lastUsed'),
      key: 'lastUsed',
      responsive: ['lg'],
      render: (_, r) =>
        r.lastUsedAt ? `${formatDateTime(r.lastUsedAt)}${r.lastUsedIp ? ` · ${r.lastUsedIp}` : ''}` : t('authz.tokens.never'),
    },
    {
      title: t('authz.tokens.status'),
      key: 'status',
      render: (_, r) => {
        const status = tokenStatus(r);
        return (
          <Tag color={STATUS_COLORS[status]} data-testid={`token-status-${r.name}`}>
            {t(`authz.tokens.statuses.${status}`)}
          </Tag>
        );
      },
    },
    {
      title: '',
      key: 'actions',
      fixed: 'right',
      render: (_, r) =>
        r.revoked ? null : (
          <Popconfirm
            title={t('authz.tokens.confirmRevoke', { name: r.name })}
            description={t('authz.tokens.confirmRevokeBody')}
            okText={t('authz.tokens.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
            onConfirm={() => onRevoke(r)}
          >
            <Button size="small" danger data-testid={`token-revoke-${r.name}`}>
              {t('authz.tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('authz.tokens.title')}
        </Typography.Title>
        {hasPerm(me.permissions, Perm.TOKENS_MANAGE) && (
          <Button type="primary" icon={<KeyOutlined />} data-testid="token-create" onClick={() => setCreating(true)}>
            {t('authz.tokens.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('authz.tokens.intro')}
      </Typography.Paragraph>
      <FormError message={error ? errorMessage(t, error) : null} />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={fetching}
        columns={columns}
        dataSource={data?.myApiTokens ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('authz.tokens.empty') }}
        onRow={(r) => rowTestId(`token-row-${r.name}`)}
      />
      {creating && (
        <CreateTokenModal
          onClose={() => setCreating(false)}
          onCreated={(token, name) => {
            setCreating(false);
            setCreated({ token, name });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {created && <TokenCreatedModal name={created.name} token={created.token} onDone={() => setCreated(null)} />}
    </Flex>
  );
}
