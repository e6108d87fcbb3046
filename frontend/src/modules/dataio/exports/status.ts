import type { ExportJobFieldsFragment } from '../../../graphql/graphql';

export type ExportJob = ExportJobFieldsFragment;

/** What the user sees of an export: a downloaded file is gone, whatever the job's status. */
export function exportState(job: Pick<ExportJob, 'status' | 'downloaded' | 'downloadUrl'>): string {
  if (job.downloaded) return 'downloaded';
  if (job.status === 'done' && !job.downloadUrl) return 'expired';
  return job.status;
}

export function isPending(job: Pick<ExportJob, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** The file name offered for an export ("customers-12.xlsx"); the server names it the same way. */
export function exportFileName(job: Pick<ExportJob, 'id' | 'kind' | 'format'>): string {
  return `${job.kind.toLowerCase()}-${job.id}.${job.format.toLowerCase()}`;
}
