import type { TFunction } from 'i18next';

/**
 * The recovery codes as a plain-text file to keep offline: what they are for, whose they are, when
 * they were made, one code per line. CRLF line ends so Notepad shows the lines too.
 */
export function recoveryCodesText(
  t: TFunction,
  codes: readonly string[],
  { account, issuedAt = new Date() }: { account?: string; issuedAt?: Date } = {},
): string {
  const lines = [
    t('mfa.recovery.fileTitle'),
    ...(account ? [t('mfa.recovery.fileAccount', { account })] : []),
    t('mfa.recovery.fileIssued', { date: issuedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' }),
    '',
    t('mfa.recovery.fileIntro'),
    '',
    ...codes,
    '',
  ];
  return lines.join('\r\n');
}

export const RECOVERY_FILE_NAME = 'bastion-crm-recovery-codes.txt';

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints the codes from a blank window of their own, so nothing else of the app is on the paper. */
export function printText(title: string, text: string): void {
  const w = window.open('', '_blank', 'width=480,height=640');
  if (!w) return;
  w.document.title = title;
  const pre = w.document.createElement('pre');
  pre.style.font = '16px/1.6 monospace';
  // textContent, never HTML: the codes are data.
  pre.textContent = text;
  w.document.body.appendChild(pre);
  w.focus();
  w.print();
  w.close();
}
