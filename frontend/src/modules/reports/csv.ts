/**
 * CSV built in the browser from the figures a chart already shows. Spreadsheet programs run a cell
 * that starts with = + - @ (or a tab / carriage return, which some of them strip first) as a
 * formula: a customer or team named "=HYPERLINK(...)" must stay text, so such cells get a leading
 * apostrophe (the OWASP "CSV injection" advice, the same rule as the server's exports).
 */

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets; numbers stay numbers (a negative amount is not a formula). */
export function neutralize(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: Cell): string {
  const text = neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document, CRLF line ends as RFC 4180 and Excel expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// Excel opens a UTF-8 CSV without a byte-order mark as the local code page (GBK in China).
const BOM = '\uFEFF';

/** Makes the browser save `blob` as `fileName`. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  saveUrl(fileName, url);
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Makes the browser save what `url` points at (a data: or blob: URL, or a same-origin path). */
export function saveUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function saveCsv(fileName: string, header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  saveBlob(fileName, new Blob([BOM, toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
}

/** A file name safe on every system: letters (any script), digits, dash and underscore. */
export function fileStem(text: string): string {
  const stem = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return stem || 'chart';
}
