import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from './steps';

const COUNTS = [
  ['created', 'createdCount'],
  ['updated', 'updatedCount'],
  ['skipped', 'skippedCount'],
  ['failed', 'failedCount'],
] as const;

/** Rows created, updated, skipped and refused: predicted after the dry run, actual after the run. */
export function Counts({ job }: { job: Job }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {COUNTS.map(([name, field]) => (
        <Col key={name} xs={12} md={6}>
          <Statistic title={t(`dataio.import.counts.${name}`)} value={job[field]} data-testid={`import-count-${name}`} />
        </Col>
      ))}
    </Row>
  );
}
