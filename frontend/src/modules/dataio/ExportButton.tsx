import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Grid, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useFragment as unmask } from '../../graphql';
import type { CustomerFilterInput, DealFilterInput, ExportFormat } from '../../graphql/graphql';
import { errorMessage } from '../../lib/errors';
import { hasPerm, Perm } from '../../lib/permissions';
import { useMe } from '../auth/me';
import { useStepUp } from '../mfa/stepup';
import { saveUrl } from '../reports/csv';
import { actionError } from './import/actionError';
import { ExportJobFields, ExportJobQuery, StartExportMutation } from './operations';
import { exportFileName, isPending, type ExportJob } from './exports/status';

export type ExportButtonProps =
  | { kind: 'CUSTOMERS' | 'CONTACTS'; filter?: CustomerFilterInput | null; search?: string | null }
  | { kind: 'DEALS'; filter?: DealFilterInput | null; search?: never };

const POLL_MS = 2000;

/**
 * "Export" for a list view: asks the format, starts the export of the list's current filter through
 * step-up (a recent sign-in is required), then downloads the file at once when the server made it
 * inline, or follows the background job until it is ready. Shown only with customers.export.
 */
export function ExportButton(props: ExportButtonProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!hasPerm(me.permissions, Perm.CUSTOMERS_EXPORT)) return null;
  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="export-open">
        {t('dataio.export.button')}
      </Button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportDialog({ onClose, ...props }: ExportButtonProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { withStepUp } = useStepUp();
  const screens = Grid.useBreakpoint();
  const [format, setFormat] = useState<ExportFormat>('XLSX');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<ExportJob | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    const input =
      props.kind === 'DEALS'
        ? { kind: props.kind, format, dealFilter: props.filter ?? null }
        : { kind: props.kind, format, filter: props.filter ?? null, search: props.search ?? null };
    const result = await withStepUp(() => client.mutation(StartExportMutation, { input }).toPromise());
    setBusy(false);
    if (!result.data) return setError(actionError(t, result.error));
    const started = unmask(ExportJobFields, result.data.startExport);
    setJob(started);
    // Small exports are ready at once: download now (the file can be fetched once only).
    if (started.downloadUrl) saveUrl(exportFileName(started), started.downloadUrl);
  }

  const title = t('dataio.export.title', { kind: t(`dataio.kinds.${props.kind}`) });
  const body = job ? (
    <ExportProgress job={job} downloaded={job.downloadUrl !== null && job.downloadUrl !== undefined} />
  ) : (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('dataio.export.intro')}
      </Typography.Paragraph>
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('dataio.export.format')}</Typography.Text>
        <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          <Flex vertical gap={4}>
            {(['XLSX', 'CSV'] as const).map((f) => (
              <Radio key={f} value={f} data-testid={`export-format-${f}`}>
                {t(`dataio.export.formats.${f}`)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Flex>
      {error && <Alert type="error" showIcon title={error} data-testid="export-error" />}
      <Flex justify="flex-end">
        <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={() => void start()} data-testid="export-start">
          {t('dataio.export.start')}
        </Button>
      </Flex>
    </Flex>
  );

  // A drawer on a phone, a small dialog on a desk.
  return screens.md ? (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <div data-testid="export-dialog">{body}</div>
    </Modal>
  ) : (
    <Drawer open title={title} onClose={onClose} placement="bottom" size="auto" destroyOnHidden>
      <div data-testid="export-dialog">{body}</div>
    </Drawer>
  );
}

/**
 * A started export: waiting (polled), ready (download button) or failed. `downloaded`: the file was
 * fetched already (an inline export downloads at once), and it can be fetched only once.
 */
export function ExportProgress({ job: started, downloaded }: { job: ExportJob; downloaded: boolean }) {
  const { t } = useTranslation();
  const pending = isPending(started);
  const [{ data, error }, refetch] = useQuery({ query: ExportJobQuery, variables: { id: started.id }, pause: !pending, requestPolicy: 'network-only' });
  const job = data ? unmask(ExportJobFields, data.exportJob) : started;
  const waiting = isPending(job);
  const [clicked, setClicked] = useState(downloaded);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, refetch]);

  if (error) return <Alert type="error" showIcon title={errorMessage(t, error)} />;
  if (job.status === 'failed') return <Alert type="error" showIcon title={t('dataio.export.failed')} data-testid="export-failed" />;
  return (
    <Flex vertical gap={12} data-testid="export-progress" data-status={job.status}>
      {waiting ? (
        <Typography.Text>{t('dataio.export.preparing')}</Typography.Text>
      ) : (
        <Typography.Text data-testid="export-ready">{t('dataio.export.ready', { count: job.rowCount })}</Typography.Text>
      )}
      {!waiting && job.downloadUrl && !clicked && !job.downloaded && (
        <Button type="primary" icon={<DownloadOutlined />} href={job.downloadUrl} download={exportFileName(job)} onClick={() => setClicked(true)} data-testid="export-download">
          {t('dataio.export.download')}
        </Button>
      )}
      {(clicked || job.downloaded) && (
        <Typography.Text type="secondary" data-testid="export-downloaded">
          {t('dataio.export.downloaded')}
        </Typography.Text>
      )}
      <Link to="/exports" data-testid="export-open-list">
        {t('dataio.export.open')}
      </Link>
    </Flex>
  );
}
