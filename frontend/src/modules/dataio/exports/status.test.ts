import { describe, expect, it } from 'vitest';
import { exportFileName, exportState, isPending } from './status';

describe('export status', () => {
  it('shows a downloaded file as downloaded and a ready one without link as expired', () => {
    expect(exportState({ status: 'done', downloaded: true, downloadUrl: null })).toBe('downloaded');
    expect(exportState({ status: 'done', downloaded: false, downloadUrl: '/api/exports/3/download' })).toBe('done');
    expect(exportState({ status: 'done', downloaded: false, downloadUrl: null })).toBe('expired');
    expect(exportState({ status: 'running', downloaded: false, downloadUrl: null })).toBe('running');
  });

  it('waits for queued and running exports only', () => {
    expect(isPending({ status: 'queued' })).toBe(true);
    expect(isPending({ status: 'running' })).toBe(true);
    expect(isPending({ status: 'failed' })).toBe(false);
  });

  it('names the file by kind, id and format', () => {
    expect(exportFileName({ id: '12', kind: 'CUSTOMERS', format: 'XLSX' })).toBe('customers-12.xlsx');
  });
});
