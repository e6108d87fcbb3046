import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Progress, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import { CancelImportMutation, ImportJobFields, ImportJobQuery } from '../operations';
import { actionError } from './actionError';
import { Counts } from './Counts';
import { isFinished, isRunning, type Job } from './steps';

const POLL_MS = 1000;

const LISTS: Record<string, string> = { CUSTOMERS: '/customers', CONTACTS: '/customers', DEALS: '/deals/list' };

/** Step 5: the background run with a progress bar (the job is polled), then its result and report. */
export function RunStep({ job: started, onAnother }: { job: Job; onAnother: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data }, refetch] = useQuery({ query: ImportJobQuery, variables: { id: started.id }, requestPolicy: 'network-only' });
  const [error, setError] = useState<string | null>(null);
  const job = data ? unmask(ImportJobFields, data.importJob) : started;
  const running = isRunning(job);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refetch]);

  async function cancel() {
    const result = await client.mutation(CancelImportMutation, { jobId: job.id }).toPromise();
    if (!result.data) return setError(actionError(t, result.error));
    refetch({ requestPolicy: 'network-only' });
  }

  if (!isFinished(job)) {
    const percent = Math.floor(job.progress * 100);
    return (
      <Flex vertical gap={16} data-testid="import-running">
        <Typography.Text data-testid="import-progress-text">
          {job.status === 'queued' ? t('dataio.import.queued') : t('dataio.import.running', { done: job.processed, total: job.totalRows })}
        </Typography.Text>
        <Progress percent={percent} status="active" data-testid="import-progress" />
        {error && <Alert type="error" showIcon title={error} />}
        <Flex justify="flex-end">
          <Popconfirm title={t('dataio.import.cancelConfirm')} onConfirm={() => void cancel()} okText={t('dataio.import.cancel')} cancelText={t('common.cancel')}>
            <Button danger data-testid="import-cancel">
              {t('dataio.import.cancel')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
    );
  }

  const title = { done: 'resultDone', failed: 'resultFailed', cancelled: 'resultCancelled' }[job.status] ?? 'resultDone';
  return (
    <Flex vertical gap={16} data-testid="import-result" data-status={job.status}>
      <Result
        status={job.status === 'done' ? 'success' : job.status === 'failed' ? 'error' : 'warning'}
        title={<span data-testid="import-result-title">{t(`dataio.import.${title}`)}</span>}
        subTitle={job.error ? t(`dataio.import.errors.${job.error}`, { defaultValue: t('dataio.import.errors.INTERNAL') }) : undefined}
        extra={[
          <Button key="report" icon={<DownloadOutlined />} href={job.reportUrl} download data-testid="import-result-report">
            {t('dataio.import.report')}
          </Button>,
          <Link key="list" to={LISTS[job.kind] ?? '/'} data-testid="import-open-list">
            <Button>{t('dataio.import.openList')}</Button>
          </Link>,
          <Button key="another" type="primary" onClick={onAnother} data-testid="import-another">
            {t('dataio.import.another')}
          </Button>,
        ]}
      />
      <Counts job={job} />
    </Flex>
  );
}
