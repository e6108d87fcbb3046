import { describe, expect, it } from 'vitest';
import { csvField, fileStem, neutralize, toCsv } from './csv';

describe('CSV cells', () => {
  it('prefixes an apostrophe to text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralize(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and numbers alone, including negative numbers', () => {
    expect(neutralize('Acme 上海')).toBe('Acme 上海');
    expect(neutralize('a=b')).toBe('a=b');
    expect(neutralize(-12.5)).toBe('-12.5');
    expect(neutralize(null)).toBe('');
    expect(neutralize(Number.NaN)).toBe('');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=cmd|"/c calc"!A0')).toBe('"\'=cmd|""/c calc""!A0"');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['Stage', 'Count'], [['Lead', 3], ['=Won', 1]])).toBe("Stage,Count\r\nLead,3\r\n'=Won,1\r\n");
  });
});

describe('file names', () => {
  it('keeps letters of any script and digits, and nothing that could be a path', () => {
    expect(fileStem('Sales funnel / 2026')).toBe('Sales-funnel-2026');
    expect(fileStem('销售漏斗')).toBe('销售漏斗');
    expect(fileStem('../..')).toBe('chart');
  });
});
