import { describe, expect, it } from 'vitest';
import { uploadImport } from './upload';

type Sent = { url: string; init: RequestInit };

function server(status: number, body: unknown, sent: Sent[] = []): typeof fetch {
  return (async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as typeof fetch;
}

const file = new File(['客户名称,手机\n甲,13800000000\n'], 'customers.csv', { type: 'text/csv' });

describe('import upload', () => {
  it('posts the file and kind as multipart with the CSRF header and returns the new job', async () => {
    document.cookie = 'crm_csrf=tok123';
    const sent: Sent[] = [];
    const job = { id: '9', encoding: 'utf-8', totalRows: 1, headers: ['客户名称', '手机'] };
    const result = await uploadImport(file, 'customers', server(201, { job }, sent));
    expect(result).toEqual({ ok: true, job });
    expect(sent[0].url).toBe('/api/imports');
    expect(sent[0].init.method).toBe('POST');
    expect((sent[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok123');
    const body = sent[0].init.body as FormData;
    expect(body.get('kind')).toBe('customers');
    expect((body.get('file') as File).name).toBe('customers.csv');
  });

  it('returns the problem codes of a refused file', async () => {
    const result = await uploadImport(file, 'customers', server(400, { error: 'BAD_USER_INPUT', fields: { file: ['NO_HEADER'] } }));
    expect(result).toEqual({ ok: false, code: 'BAD_USER_INPUT', problems: ['NO_HEADER'] });
  });

  it('reports a refusal without rights, a proxy size limit and a lost connection', async () => {
    expect(await uploadImport(file, 'deals', server(403, { error: 'FORBIDDEN' }))).toEqual({ ok: false, code: 'FORBIDDEN', problems: [] });
    expect(await uploadImport(file, 'deals', server(413, '<html>too big</html>'))).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      problems: ['TOO_LARGE'],
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await uploadImport(file, 'customers', down)).toEqual({ ok: false, code: 'NETWORK', problems: [] });
  });
});
