import { describe, expect, it } from 'vitest';
import { customValueText, safeWebsite } from './format';
import { localLabel, stageLabel } from './labels';

describe('display helpers', () => {
  it('labels in the user’s language, falling back to the other one', () => {
    const stage = { key: 'lead', labelEn: 'Lead', labelZh: '线索' };
    expect(localLabel(stage, 'zh-CN')).toBe('线索');
    expect(localLabel(stage, 'en-US')).toBe('Lead');
    expect(localLabel({ labelEn: 'Only English', labelZh: '' }, 'zh-CN')).toBe('Only English');
    expect(stageLabel([stage], 'lead', 'zh-CN')).toBe('线索');
    expect(stageLabel([stage], 'gone', 'zh-CN')).toBe('gone');
  });

  it('links only web addresses', () => {
    expect(safeWebsite('example.com')).toBe('https://example.com/');
    expect(safeWebsite('http://example.com/a?b')).toBe('http://example.com/a?b');
    expect(safeWebsite('javascript:alert(1)')).toBeNull();
    expect(safeWebsite('  ')).toBeNull();
  });

  it('shows multi-select values as a list and anything else as sent', () => {
    expect(customValueText('MULTISELECT', '["a","b"]')).toBe('a, b');
    expect(customValueText('MULTISELECT', '***')).toBe('***');
    expect(customValueText('NUMBER', '42')).toBe('42');
    expect(customValueText('TEXT', null)).toBe('');
  });
});
