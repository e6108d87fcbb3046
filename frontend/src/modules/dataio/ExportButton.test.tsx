import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockClient, renderWithProviders } from '../../test/render';
import { MeContext, type Me } from '../auth/me';
import { StepUpProvider } from '../mfa/stepup';
import { ExportButton } from './ExportButton';

type Body = { query: string; variables?: Record<string, unknown> };

const job = {
  __typename: 'ExportJob',
  id: '8',
  kind: 'CUSTOMERS',
  format: 'CSV',
  status: 'queued',
  rowCount: 0,
  masked: true,
  error: '',
  createdAt: '2026-03-01T00:00:00Z',
  finishedAt: null,
  expiresAt: null,
  downloaded: false,
  downloadUrl: null,
};

function me(permissions: string[]): Me {
  return { id: '1', username: 'alice', displayName: 'Alice', permissions } as unknown as Me;
}

function wrap(permissions: string[], ui: ReactNode) {
  return (
    <MemoryRouter>
      <MeContext value={me(permissions)}>
        <StepUpProvider>{ui}</StepUpProvider>
      </MeContext>
    </MemoryRouter>
  );
}

/** Refuses the first export for a stale sign-in, accepts the password, then runs the job in the background. */
function server(seen: Body[]) {
  let exports = 0;
  let polls = 0;
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    if (b.query.includes('StepUpMethods')) return { data: { myMfa: { __typename: 'MfaStatus', methods: [] } } };
    if (b.query.includes('reauthenticate')) return { data: { reauthenticate: true } };
    if (b.query.includes('mutation DataioStartExport')) {
      exports += 1;
      if (exports === 1) return { data: null, errors: [{ message: 'again', extensions: { code: 'STEP_UP_REQUIRED' } }] };
      return { data: { startExport: job } };
    }
    if (b.query.includes('query DataioExportJob(')) {
      polls += 1;
      return {
        data: {
          exportJob: polls < 2 ? { ...job, status: 'running' } : { ...job, status: 'done', rowCount: 12000, downloadUrl: '/api/exports/8/download' },
        },
      };
    }
    return { data: null };
  });
}

describe('export button', () => {
  it('is not shown without customers.export', () => {
    renderWithProviders(wrap(['customers.read'], <ExportButton kind="CUSTOMERS" filter={null} />), server([]));
    expect(screen.queryByTestId('export-open')).toBeNull();
  });

  it('exports the list filter through step-up and follows a background job until the file is ready', async () => {
    const seen: Body[] = [];
    const filter = { tags: ['vip'] };
    renderWithProviders(wrap(['customers.read', 'customers.export'], <ExportButton kind="CUSTOMERS" filter={filter} search="acme" />), server(seen));
    fireEvent.click(screen.getByTestId('export-open'));
    fireEvent.click(await screen.findByTestId('export-format-CSV'));
    fireEvent.click(screen.getByTestId('export-start'));

    // The server wants a recent sign-in: the password is asked, then the export is sent again.
    fireEvent.change(await screen.findByTestId('stepup-password'), { target: { value: 'pw' } });
    fireEvent.click(screen.getByTestId('stepup-submit'));

    const download = await screen.findByTestId('export-download', {}, { timeout: 15000 });
    expect(download.getAttribute('href')).toBe('/api/exports/8/download');
    expect(screen.getByTestId('export-ready').textContent).toContain('12000');
    const sent = seen.filter((b) => b.query.includes('mutation DataioStartExport'));
    expect(sent).toHaveLength(2);
    expect(sent[1].variables?.input).toEqual({ kind: 'CUSTOMERS', format: 'CSV', filter, search: 'acme' });
    // One download per file: after the click the button gives way.
    fireEvent.click(download);
    await waitFor(() => expect(screen.queryByTestId('export-download')).toBeNull());
    expect(screen.getByTestId('export-downloaded')).toBeTruthy();
  });

  it('sends a deal list filter as dealFilter', async () => {
    const seen: Body[] = [];
    renderWithProviders(wrap(['deals.read', 'customers.export'], <ExportButton kind="DEALS" filter={{ status: 'WON' }} />), server(seen));
    fireEvent.click(screen.getByTestId('export-open'));
    fireEvent.click(await screen.findByTestId('export-start'));
    await screen.findByTestId('stepup-password');
    const sent = seen.find((b) => b.query.includes('mutation DataioStartExport'));
    expect(sent?.variables?.input).toEqual({ kind: 'DEALS', format: 'XLSX', dealFilter: { status: 'WON' } });
  });
});
