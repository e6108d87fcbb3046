import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

type Body = { query: string; variables?: Record<string, unknown> };

const baseJob = {
  __typename: 'ImportJob',
  id: '5',
  kind: 'CUSTOMERS',
  status: 'uploaded',
  fileName: '客户.csv',
  fileFormat: 'csv',
  encoding: 'gb18030',
  headers: ['客户名称', '手机', '备注'],
  mapping: [
    { column: '客户名称', field: 'name' },
    { column: '手机', field: 'phones' },
  ],
  duplicateStrategy: 'SKIP',
  totalRows: 3,
  processed: 0,
  createdCount: 0,
  updatedCount: 0,
  skippedCount: 0,
  failedCount: 0,
  problemCount: 0,
  error: '',
  reportUrl: '/api/imports/5/report.csv',
  progress: 0,
  createdAt: '2026-03-01T00:00:00Z',
  finishedAt: null,
};

const FIELDS = [
  { key: 'name', required: true, multiple: false },
  { key: 'phones', required: false, multiple: true },
  { key: 'needs', required: false, multiple: false },
];

/** A small stand-in server: the job moves through its states as the wizard drives it. */
function server(seen: Body[]) {
  let job = { ...baseJob };
  let polls = 0;
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    const q = b.query;
    if (q.includes('query DataioImportJobs')) return { data: { importJobs: [] } };
    if (q.includes('query DataioImportSetup')) return { data: { importFields: FIELDS, importTemplates: [] } };
    if (q.includes('query DataioSuggestImportMapping')) return { data: { suggestImportMapping: { template: null } } };
    if (q.includes('query CrmCustomFieldDefs')) return { data: { customFieldDefs: [] } };
    if (q.includes('mutation DataioSetImportMapping')) {
      const mapping = b.variables?.mapping as { column: string; field: string }[];
      job = { ...job, status: 'uploaded', mapping, duplicateStrategy: String(b.variables?.duplicateStrategy) };
      return { data: { setImportMapping: job } };
    }
    if (q.includes('mutation DataioDryRunImport')) {
      job = { ...job, status: 'validated', createdCount: 1, skippedCount: 1, failedCount: 1, problemCount: 2 };
      return { data: { dryRunImport: job } };
    }
    if (q.includes('query DataioImportProblems'))
      return {
        data: {
          importJob: {
            id: '5',
            problemCount: 2,
            problems: [
              { row: 3, column: '手机', code: 'INVALID_PHONE' },
              { row: 4, column: '客户名称', code: 'DUPLICATE_IN_CRM' },
            ],
          },
        },
      };
    if (q.includes('mutation DataioStartImport')) {
      job = { ...job, status: 'queued', createdCount: 0, skippedCount: 0, failedCount: 0 };
      return { data: { startImport: job } };
    }
    if (q.includes('query DataioImportJob(')) {
      polls += 1;
      if (job.status === 'queued' || job.status === 'running')
        job =
          polls < 2
            ? { ...job, status: 'running', processed: 1, progress: 1 / 3 }
            : { ...job, status: 'done', processed: 3, progress: 1, createdCount: 1, updatedCount: 1, failedCount: 1 };
      return { data: { importJob: job } };
    }
    return {
      data: { me: { id: '1', username: 'alice', displayName: 'Alice', permissions: ['customers.import', 'customers.write', 'customers.read'] } },
    };
  });
}

describe('import wizard', () => {
  beforeAll(async () => {
    await Promise.all([import('./ImportPage'), import('../../layout/AppLayout')]);
  }, 30000);

  afterEach(() => vi.unstubAllGlobals());

  it('uploads, maps, shows the dry run problems, runs with the chosen strategy and shows the result', async () => {
    const uploads: FormData[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      uploads.push(init.body as FormData);
      return new Response(JSON.stringify({ job: { id: '5', encoding: 'gb18030', totalRows: 3, headers: baseJob.headers } }), { status: 201 });
    });
    const seen: Body[] = [];
    const { router } = renderAt('/import', routes, server(seen));

    const input = (await screen.findByTestId('import-upload')).querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['客户名称,手机,备注\n'], '客户.csv', { type: 'text/csv' })] } });

    // Mapping: the server's suggestion, the detected encoding, every column.
    expect((await screen.findByTestId('import-detected')).textContent).toContain('GBK');
    expect(uploads[0].get('kind')).toBe('customers');
    expect(router.state.location.search).toBe('?job=5');
    expect(screen.getByTestId('import-map-2')).toBeTruthy();
    // Enabled once the importable fields have loaded.
    await waitFor(() => expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('import-check'));

    // Dry run: predicted counts and each problem by row and column, translated.
    const problems = await screen.findByTestId('import-problems');
    await waitFor(() => expect(within(problems).getByText('Not a phone number')).toBeTruthy());
    expect(within(problems).getByText('Matches an existing record')).toBeTruthy();
    expect(screen.getByTestId('import-report-download').getAttribute('href')).toBe('/api/imports/5/report.csv');
    const set = seen.find((b) => b.query.includes('mutation DataioSetImportMapping'));
    expect(set?.variables?.mapping).toEqual([
      { column: '客户名称', field: 'name' },
      { column: '手机', field: 'phones' },
    ]);

    fireEvent.click(screen.getByTestId('import-next'));
    fireEvent.click(await screen.findByTestId('import-strategy-UPDATE'));
    fireEvent.click(screen.getByTestId('import-start'));

    // The run is polled until done; the strategy went to the server before the start.
    expect(await screen.findByTestId('import-result', {}, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByTestId('import-count-updated').textContent).toContain('1');
    const strategies = seen.filter((b) => b.query.includes('mutation DataioSetImportMapping')).map((b) => b.variables?.duplicateStrategy);
    expect(strategies).toEqual(['SKIP', 'UPDATE']);
  });

  it('shows the problem of a refused file and stays on the upload step', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: 'BAD_USER_INPUT', fields: { file: ['NO_HEADER'] } }), { status: 400 }));
    renderAt('/import', routes, server([]));
    const input = (await screen.findByTestId('import-upload')).querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([''], 'empty.csv', { type: 'text/csv' })] } });
    expect((await screen.findByTestId('import-upload-error')).textContent).toContain('The first row has no column names');
  });

  it('keeps the check button off until a column gives every required field', async () => {
    const seen: Body[] = [];
    renderAt('/import?job=5', routes, server(seen));
    await screen.findByTestId('import-map-0');
    await waitFor(() => expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(false));
    // Un-map the name column through the select's own options.
    fireEvent.mouseDown(screen.getByTestId('import-map-0').querySelector('input') as HTMLInputElement);
    const options = await screen.findAllByTitle('— do not import —');
    fireEvent.click(options[options.length - 1]);
    expect((await screen.findByTestId('import-missing')).textContent).toContain('Name');
    expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(true);
  });
});
