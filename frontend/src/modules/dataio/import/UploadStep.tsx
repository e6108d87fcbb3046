import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, List, Segmented, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import { formatDateTime } from '../../../lib/format';
import { ImportJobFields, ImportJobsQuery } from '../operations';
import { problemText } from './labels';
import { uploadImport, type ImportKindName } from './upload';

type Props = { kinds: ImportKindName[]; onUploaded: (jobId: string) => void; onOpen: (jobId: string) => void };

/** Step 1: what the file holds, the file itself, and the way back to an earlier import. */
export function UploadStep({ kinds, onUploaded, onOpen }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKindName>(kinds[0] ?? 'customers');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: ImportJobsQuery, requestPolicy: 'cache-and-network' });
  const recent = unmask(ImportJobFields, data?.importJobs ?? []);

  async function send(file: File) {
    setBusy(true);
    setError(null);
    const result = await uploadImport(file, kind);
    setBusy(false);
    if (result.ok) return onUploaded(result.job.id);
    if (result.problems.length > 0) return setError(result.problems.map((c) => problemText(t, c)).join(' '));
    setError(result.code === 'NETWORK' ? t('errors.NETWORK') : t(`errors.${result.code}`, { defaultValue: t('errors.INTERNAL') }));
  }

  return (
    <Flex vertical gap={16}>
      {kinds.length > 1 && (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('dataio.import.kind')}</Typography.Text>
          <Segmented<ImportKindName>
            value={kind}
            onChange={setKind}
            options={kinds.map((k) => ({ value: k, label: <span data-testid={`import-kind-${k}`}>{t(`dataio.kinds.${k}`)}</span> }))}
          />
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="import-upload-error" />}
      <div data-testid="import-upload">
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void send(file);
            // The file goes through uploadImport (CSRF header, JSON answer), not antd's uploader.
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{busy ? t('dataio.import.uploading') : t('dataio.import.drop')}</p>
          <p className="ant-upload-hint">{t('dataio.import.dropHint')}</p>
        </Upload.Dragger>
      </div>
      {recent.length > 0 && (
        <Card size="small" title={t('dataio.import.recent')}>
          <List
            size="small"
            dataSource={recent}
            renderItem={(job) => (
              <List.Item
                actions={[
                  <Button key="open" size="small" onClick={() => onOpen(job.id)} data-testid={`import-open-${job.id}`}>
                    {t('dataio.import.resume')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={8} wrap align="center">
                      <Typography.Text ellipsis style={{ maxWidth: 240 }}>
                        {job.fileName}
                      </Typography.Text>
                      <Tag>{t(`dataio.kinds.${job.kind}`)}</Tag>
                      <Tag>{t(`dataio.import.statuses.${job.status}`, { defaultValue: job.status })}</Tag>
                    </Flex>
                  }
                  description={`${formatDateTime(job.createdAt)} · ${t('dataio.import.detected', { rows: job.totalRows, format: job.fileFormat.toUpperCase() })}`}
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
