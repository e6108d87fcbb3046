import { describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../lib/i18n';
import { recoveryCodesText } from './recoveryText';

const CODES = ['ABCD-EFGH-JKMN-PQRS', '2345-6789-ABCD-EFGH'];
const WHEN = new Date('2026-03-04T05:06:07Z');

describe('recoveryCodesText', () => {
  it('has a header, the account, the date and one code per line (CRLF)', async () => {
    await setLanguage('en-US');
    const text = recoveryCodesText(i18n.t, CODES, { account: 'alice', issuedAt: WHEN });
    expect(text.split('\r\n')).toEqual([
      'Bastion CRM recovery codes',
      'Account: alice',
      'Made: 2026-03-04 05:06 UTC',
      '',
      'Each code signs you in once when you cannot use your other two-step verification methods. Keep this file private.',
      '',
      'ABCD-EFGH-JKMN-PQRS',
      '2345-6789-ABCD-EFGH',
      '',
    ]);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('leaves the account line out when unknown, and speaks Chinese', async () => {
    await setLanguage('zh-CN');
    const lines = recoveryCodesText(i18n.t, CODES, { issuedAt: WHEN }).split('\r\n');
    expect(lines[0]).toBe('Bastion CRM 恢复码');
    expect(lines[1]).toBe('生成时间：2026-03-04 05:06 UTC');
    expect(lines.slice(-3, -1)).toEqual(CODES);
    await setLanguage('en-US');
  });
});
