import { ReloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { OutboxQuery as OutboxResult } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { OutboxQuery } from './operations';

type Mail = OutboxResult['outbox'][number];

/** Admin → Outbox: mail kept when no SMTP server is configured (trials), newest first. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OutboxQuery, variables: { limit: 100 }, requestPolicy: 'network-only' });
  const [open, setOpen] = useState<Mail | null>(null);

  const columns: TableColumnsType<Mail> = [
    { title: t('outbox.time'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('outbox.to'), dataIndex: 'to', key: 'to', responsive: ['sm'] },
    { title: t('outbox.subject'), dataIndex: 'subject', key: 'subject' },
    { title: t('outbox.status'), dataIndex: 'status', key: 'status', responsive: ['md'], render: (v: string) => <Tag>{v}</Tag> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('outbox.title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => refetch({ requestPolicy: 'network-only' })}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      <div data-testid="outbox-table">
        <Table<Mail>
          rowKey="id"
          size="small"
          loading={fetching}
          columns={columns}
          dataSource={data?.outbox ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20 }}
          onRow={(mail) => ({ onClick: () => setOpen(mail), style: { cursor: 'pointer' } })}
        />
      </div>
      <Drawer open={!!open} onClose={() => setOpen(null)} title={open?.subject} size={Math.min(736, window.innerWidth)} destroyOnHidden>
        {open && (
          <>
            <Typography.Paragraph type="secondary">
              {t('outbox.to')}: {open.to} · {formatDateTime(open.createdAt)} · {open.status}
            </Typography.Paragraph>
            {/* Plain text on purpose: links stay text, nothing in a mail can run or navigate. */}
            <pre data-testid="outbox-body" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit' }}>
              {open.textBody}
            </pre>
          </>
        )}
      </Drawer>
    </Flex>
  );
}
