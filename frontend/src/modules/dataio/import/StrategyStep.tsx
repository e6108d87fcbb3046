import { Alert, Button, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import type { DuplicateStrategy } from '../../../graphql/graphql';
import { ImportJobFields, SetImportMappingMutation, StartImportMutation } from '../operations';
import { actionError } from './actionError';
import type { Job } from './steps';

const STRATEGIES: DuplicateStrategy[] = ['SKIP', 'UPDATE', 'CREATE'];

/** Step 4: what to do with rows matching an existing record; then the run starts. */
export function StrategyStep({ job, onBack, onStarted }: { job: Job; onBack: () => void; onStarted: (job: Job) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [strategy, setStrategy] = useState<DuplicateStrategy>(job.duplicateStrategy);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    if (strategy !== job.duplicateStrategy) {
      const set = await client
        .mutation(SetImportMappingMutation, { jobId: job.id, mapping: job.mapping, duplicateStrategy: strategy, saveTemplateAs: null })
        .toPromise();
      if (!set.data) {
        setBusy(false);
        return setError(actionError(t, set.error));
      }
    }
    const started = await client.mutation(StartImportMutation, { jobId: job.id }).toPromise();
    setBusy(false);
    if (!started.data) return setError(actionError(t, started.error));
    onStarted(unmask(ImportJobFields, started.data.startImport));
  }

  return (
    <Flex vertical gap={16} data-testid="import-strategy">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('dataio.import.strategyTitle')}
      </Typography.Title>
      <Radio.Group value={strategy} onChange={(e) => setStrategy(e.target.value as DuplicateStrategy)}>
        <Flex vertical gap={8}>
          {STRATEGIES.map((s) => (
            <Radio key={s} value={s} data-testid={`import-strategy-${s}`}>
              {t(`dataio.import.strategies.${s}`)}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
      {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
      <Flex justify="space-between">
        <Button onClick={onBack}>{t('dataio.import.back')}</Button>
        <Button type="primary" loading={busy} onClick={() => void start()} data-testid="import-start">
          {t('dataio.import.start')}
        </Button>
      </Flex>
    </Flex>
  );
}
