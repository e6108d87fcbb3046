import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Grid, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorMessage } from '../../../lib/errors';
import { ImportProblemsQuery } from '../operations';
import { Counts } from './Counts';
import { problemText } from './labels';
import type { Job } from './steps';

const PAGE = 50;

type Problem = { row: number; column: string; code: string };

/** Step 3: what the dry run found, row by row and column by column, and the predicted counts. */
export function ReportStep({ job, onBack, onNext }: { job: Job; onBack: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const [{ data, fetching, error }] = useQuery({
    query: ImportProblemsQuery,
    variables: { id: job.id, first: PAGE, offset: (page - 1) * PAGE },
    requestPolicy: 'network-only',
  });
  const problems: Problem[] = data?.importJob.problems ?? [];
  const total = data?.importJob.problemCount ?? job.problemCount;
  const keyed = problems.map((p, i) => ({ ...p, key: `${p.row}-${p.column}-${p.code}-${i}` }));

  return (
    <Flex vertical gap={16} data-testid="import-report">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('dataio.import.predicted')}
      </Typography.Title>
      <Counts job={job} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('dataio.import.problems')} ({total})
        </Typography.Title>
        <Button icon={<DownloadOutlined />} href={job.reportUrl} download data-testid="import-report-download">
          {t('dataio.import.report')}
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={errorMessage(t, error)} />}
      {total === 0 && !fetching ? (
        <Alert type="success" showIcon title={t('dataio.import.noProblems')} data-testid="import-no-problems" />
      ) : screens.md ? (
        <Table
          size="small"
          loading={fetching}
          dataSource={keyed}
          data-testid="import-problems"
          pagination={{ current: page, pageSize: PAGE, total, showSizeChanger: false, onChange: setPage }}
          columns={[
            { key: 'row', title: t('dataio.import.row'), dataIndex: 'row', width: 80 },
            { key: 'column', title: t('dataio.import.column'), dataIndex: 'column' },
            { key: 'code', title: t('dataio.import.problem'), render: (_, p: Problem) => <span data-code={p.code}>{problemText(t, p.code)}</span> },
          ]}
        />
      ) : (
        <List
          size="small"
          loading={fetching}
          dataSource={keyed}
          data-testid="import-problems"
          pagination={{ current: page, pageSize: PAGE, total, onChange: setPage, simple: true }}
          renderItem={(p) => (
            <List.Item>
              <List.Item.Meta title={`${t('dataio.import.row')} ${p.row} · ${p.column}`} description={<span data-code={p.code}>{problemText(t, p.code)}</span>} />
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between">
        <Button onClick={onBack} data-testid="import-back">
          {t('dataio.import.back')}
        </Button>
        <Button type="primary" onClick={onNext} data-testid="import-next">
          {t('dataio.import.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
