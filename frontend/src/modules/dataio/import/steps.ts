import type { ImportJobFieldsFragment } from '../../../graphql/graphql';

export type Job = ImportJobFieldsFragment;

export const STEPS = ['upload', 'mapping', 'check', 'duplicates', 'run'] as const;
export type Step = (typeof STEPS)[number];

const RUNNING = ['queued', 'running'];
const FINISHED = ['done', 'failed', 'cancelled'];

export function isRunning(job: Pick<Job, 'status'>): boolean {
  return RUNNING.includes(job.status);
}

export function isFinished(job: Pick<Job, 'status'>): boolean {
  return FINISHED.includes(job.status);
}

/** Where a job opened by its URL (`/import?job=…`) resumes: an uploaded file at its mapping, a
 *  checked one at its report, a started one at its progress or result. */
export function stepOf(job: Pick<Job, 'status'> | null): Step {
  if (!job) return 'upload';
  if (job.status === 'uploaded') return 'mapping';
  if (job.status === 'validated') return 'check';
  return 'run';
}
