import { App, Button, Flex, Popconfirm, Table, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { MySessionsQuery as MySessionsResult } from '../../graphql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { MySessionsQuery, RevokeOtherSessionsMutation, RevokeSessionMutation } from './operations';

type Row = MySessionsResult['mySessions'][number];

/** Your signed-in browsers and devices, each revocable; or everything but this one at once. */
export function SessionsTable({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MySessionsQuery, requestPolicy: 'network-only' });
  // A new key after a password change: the server has ended the other sessions.
  useEffect(() => {
    if (refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  const [, revoke] = useMutation(RevokeSessionMutation);
  const [revokingOthers, revokeOthers] = useMutation(RevokeOtherSessionsMutation);

  async function onRevoke(row: Row) {
    const result = await revoke({ id: row.id });
    if (result.error) return void message.error(errorMessage(t, result.error));
    // Revoking this very session signs us out: leave with a full page load.
    if (row.current) return window.location.assign('/login');
    void message.success(t('security.revoked'));
    refetch({ requestPolicy: 'network-only' });
  }

  async function onRevokeOthers() {
    const result = await revokeOthers({});
    if (result.error) return void message.error(errorMessage(t, result.error));
    void message.success(t('security.revokedOthers', { count: result.data?.revokeOtherSessions ?? 0 }));
    refetch({ requestPolicy: 'network-only' });
  }

  const columns = [
    {
      title: t('security.device'),
      key: 'device',
      render: (_: unknown, row: Row) => (
        <Flex gap={4} wrap>
          <span>{row.device}</span>
          {row.current && (
            <Tag color="green" data-testid="this-device">
              {t('security.thisDevice')}
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: t('security.ip'), dataIndex: 'ip', key: 'ip', responsive: ['sm' as const] },
    {
      title: t('security.created'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      responsive: ['md' as const],
      render: (v: string) => formatDateTime(v),
    },
    { title: t('security.lastSeen'), dataIndex: 'lastSeenAt', key: 'lastSeenAt', render: (v: string) => formatDateTime(v) },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, row: Row) => (
        <Popconfirm title={t('security.revokeConfirm')} onConfirm={() => onRevoke(row)} okText={t('common.yes')} cancelText={t('common.no')}>
          <Button size="small" danger data-testid={`revoke-session-${row.id}`}>
            {t('security.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      {error && <p data-testid="form-error">{errorMessage(t, error)}</p>}
      <div data-testid="sessions-table">
      <Table<Row>
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={data?.mySessions ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      </div>
      <Popconfirm title={t('security.revokeOthersConfirm')} onConfirm={onRevokeOthers} okText={t('common.yes')} cancelText={t('common.no')}>
        <Button style={{ marginTop: 12 }} loading={revokingOthers.fetching} data-testid="revoke-others">
          {t('security.revokeOthers')}
        </Button>
      </Popconfirm>
    </>
  );
}
