import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { ExportJobFields, ExportJobsQuery } from '../operations';
import { exportFileName, exportState, isPending, type ExportJob } from './status';

const POLL_MS = 3000;
const COLORS: Record<string, string> = { done: 'green', failed: 'red', running: 'blue', queued: 'default' };

/** My exports, newest first: status, rows, and the one download of each file while it lasts. */
export default function ExportsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ExportJobsQuery, requestPolicy: 'network-only' });
  const jobs = unmask(ExportJobFields, data?.exportJobs ?? []);
  const pending = jobs.some(isPending);
  // A file downloads once: after the click the row shows it as downloaded, without a reload.
  const [clicked, setClicked] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [pending, refetch]);

  const state = (job: ExportJob) => (clicked.has(job.id) ? 'downloaded' : exportState(job));
  const status = (job: ExportJob) => (
    <Tag color={COLORS[state(job)]} data-testid={`export-status-${job.id}`}>
      {t(`dataio.exports.statuses.${state(job)}`, { defaultValue: state(job) })}
    </Tag>
  );
  const download = (job: ExportJob) =>
    state(job) === 'done' && job.downloadUrl ? (
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={job.downloadUrl}
        download={exportFileName(job)}
        onClick={() => setClicked((s) => new Set(s).add(job.id))}
        data-testid={`export-download-${job.id}`}
      >
        {t('dataio.export.download')}
      </Button>
    ) : null;
  const what = (job: ExportJob) => `${t(`dataio.kinds.${job.kind}`)} · ${job.format}`;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('dataio.exports.title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => refetch({ requestPolicy: 'network-only' })} data-testid="exports-refresh">
          {t('dataio.exports.refresh')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('dataio.exports.intro')}</Typography.Text>
      {error && <Alert type="error" showIcon title={errorMessage(t, error)} />}
      <Card size="small" data-testid="exports-list">
        {jobs.length === 0 && !fetching ? (
          <Empty description={t('dataio.exports.empty')} />
        ) : screens.md ? (
          <Table<ExportJob>
            rowKey="id"
            size="small"
            loading={fetching && jobs.length === 0}
            dataSource={jobs}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(job) => ({ 'data-testid': `export-row-${job.id}` }) as never}
            columns={[
              { key: 'kind', title: t('dataio.exports.kind'), render: (_, job) => what(job) },
              { key: 'rows', title: t('dataio.exports.rows'), dataIndex: 'rowCount', align: 'right' },
              { key: 'status', title: t('dataio.exports.status'), render: (_, job) => status(job) },
              { key: 'masked', title: t('dataio.exports.masked'), render: (_, job) => (job.masked ? '✓' : '') },
              { key: 'created', title: t('dataio.exports.created'), render: (_, job) => formatDateTime(job.createdAt) },
              { key: 'expires', title: t('dataio.exports.expires'), render: (_, job) => formatDateTime(job.expiresAt) },
              { key: 'download', title: '', render: (_, job) => download(job) },
            ]}
          />
        ) : (
          <List<ExportJob>
            dataSource={jobs}
            renderItem={(job) => (
              <List.Item data-testid={`export-row-${job.id}`} extra={download(job)}>
                <List.Item.Meta
                  title={
                    <Flex gap={8} wrap>
                      {what(job)} {status(job)}
                    </Flex>
                  }
                  description={`${t('dataio.exports.rows')}: ${job.rowCount} · ${formatDateTime(job.createdAt)}`}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
