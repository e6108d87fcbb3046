import { requestHeaders } from '../../../lib/client';

/** The first view of an uploaded file, as `POST /api/imports` answers. */
export type UploadedJob = { id: string; encoding: string; totalRows: number; headers: string[] };

export type UploadResult =
  | { ok: true; job: UploadedJob }
  // `code` is the server's error code (FORBIDDEN, BAD_USER_INPUT, UNAUTHENTICATED…) or NETWORK;
  // `problems` the file's problem codes (TOO_LARGE, NOT_XLSX, NO_HEADER, MALFORMED_CSV…).
  | { ok: false; code: string; problems: string[] };

export type ImportKindName = 'customers' | 'contacts' | 'deals';

/**
 * Sends a file to `POST /api/imports` (multipart `file` and `kind`). Files do not travel through
 * GraphQL; this endpoint checks the session and, since it changes data, the CSRF header like a
 * mutation. The server parses the file in memory and stores it encrypted.
 */
export async function uploadImport(file: File, kind: ImportKindName, send: typeof fetch = fetch): Promise<UploadResult> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await send('/api/imports', { method: 'POST', body, credentials: 'same-origin', headers: requestHeaders() });
  } catch {
    return { ok: false, code: 'NETWORK', problems: [] };
  }
  let answer: Record<string, unknown> = {};
  try {
    answer = (await response.json()) as Record<string, unknown>;
  } catch {
    // A proxy's HTML error page, say: the status code is all there is.
  }
  const job = answer.job as Record<string, unknown> | undefined;
  if (response.ok && job && typeof job.id === 'string') {
    return {
      ok: true,
      job: {
        id: job.id,
        encoding: String(job.encoding ?? ''),
        totalRows: Number(job.totalRows ?? 0),
        headers: Array.isArray(job.headers) ? job.headers.map(String) : [],
      },
    };
  }
  const fields = (answer.fields ?? {}) as Record<string, unknown>;
  const problems = Object.values(fields).flatMap((codes) => (Array.isArray(codes) ? codes.map(String) : []));
  const code = typeof answer.error === 'string' ? answer.error : response.status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL';
  return { ok: false, code, problems: response.status === 413 && problems.length === 0 ? ['TOO_LARGE'] : problems };
}
