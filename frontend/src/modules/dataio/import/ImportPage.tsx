import { Alert, Card, Flex, Spin, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import { errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { ImportJobFields, ImportJobQuery } from '../operations';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { RunStep } from './RunStep';
import { STEPS, stepOf, type Job, type Step } from './steps';
import { StrategyStep } from './StrategyStep';
import { UploadStep } from './UploadStep';
import type { ImportKindName } from './upload';

/**
 * The import wizard: upload → column mapping → dry run report → duplicate strategy → background run
 * with progress → result and report. The job id lives in the URL (`/import?job=12`), so a reload or
 * a later visit resumes where the job stands.
 */
export default function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const [job, setJob] = useState<Job | null>(null);
  const [step, setStep] = useState<Step>('upload');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  // Importing writes records: the server wants the right to write them besides customers.import.
  const kinds: ImportKindName[] = [];
  if (hasPerm(me.permissions, Perm.CUSTOMERS_WRITE)) kinds.push('customers', 'contacts');
  if (hasPerm(me.permissions, Perm.DEALS_WRITE)) kinds.push('deals');

  useEffect(() => {
    if (!jobId) {
      setJob(null);
      setStep('upload');
      return;
    }
    if (job?.id === jobId) return;
    let current = true;
    setLoading(true);
    void client
      .query(ImportJobQuery, { id: jobId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        setLoading(false);
        if (!result.data) return setError(errorMessage(t, result.error));
        const loaded = unmask(ImportJobFields, result.data.importJob);
        setError(null);
        setJob(loaded);
        setStep(stepOf(loaded));
      });
    return () => {
      current = false;
    };
  }, [jobId, job?.id, client, t]);

  function open(id: string) {
    setJob(null);
    setParams({ job: id });
  }

  function restart() {
    setJob(null);
    setParams({});
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('dataio.import.title')}
      </Typography.Title>
      <Steps
        size="small"
        current={STEPS.indexOf(step)}
        items={STEPS.map((s) => ({ title: t(`dataio.import.steps.${s}`) }))}
        data-testid="import-steps"
      />
      {error && <Alert type="error" showIcon title={error} data-testid="import-load-error" />}
      <Card>
        <Spin spinning={loading}>
          {step === 'upload' && <UploadStep kinds={kinds} onUploaded={open} onOpen={open} />}
          {step === 'mapping' && job && (
            <MappingStep
              key={job.id}
              job={job}
              onChecked={(checked) => {
                setJob(checked);
                setStep('check');
              }}
            />
          )}
          {step === 'check' && job && <ReportStep job={job} onBack={() => setStep('mapping')} onNext={() => setStep('duplicates')} />}
          {step === 'duplicates' && job && (
            <StrategyStep
              job={job}
              onBack={() => setStep('check')}
              onStarted={(started) => {
                setJob(started);
                setStep('run');
              }}
            />
          )}
          {step === 'run' && job && <RunStep job={job} onAnother={restart} />}
        </Spin>
      </Card>
    </Flex>
  );
}
