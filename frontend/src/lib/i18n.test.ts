import { afterEach, describe, expect, it } from 'vitest';
import i18n, { detectLanguage, setLanguage, STORAGE_KEY } from './i18n';

function storageWith(value: string | null): Storage {
  const s = new Map<string, string>();
  if (value !== null) s.set(STORAGE_KEY, value);
  return { getItem: (k: string) => s.get(k) ?? null } as Storage;
}

describe('detectLanguage', () => {
  it('uses Chinese for any Chinese browser locale', () => {
    expect(detectLanguage(storageWith(null), 'zh-CN')).toBe('zh-CN');
    expect(detectLanguage(storageWith(null), 'zh-TW')).toBe('zh-CN');
    expect(detectLanguage(storageWith(null), 'zh')).toBe('zh-CN');
  });

  it('uses English for every other browser locale', () => {
    expect(detectLanguage(storageWith(null), 'fr-FR')).toBe('en-US');
    expect(detectLanguage(storageWith(null), undefined)).toBe('en-US');
  });

  it('prefers the remembered choice over the browser', () => {
    expect(detectLanguage(storageWith('en-US'), 'zh-CN')).toBe('en-US');
    expect(detectLanguage(storageWith('zh-CN'), 'en-GB')).toBe('zh-CN');
  });

  it('ignores a remembered value that is not a supported language', () => {
    expect(detectLanguage(storageWith('de-DE'), 'zh-HK')).toBe('zh-CN');
  });

  it('survives storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(detectLanguage(broken, 'zh-CN')).toBe('zh-CN');
  });
});

describe('setLanguage', () => {
  afterEach(async () => {
    await setLanguage('en-US');
    localStorage.clear();
  });

  it('switches, remembers the choice and updates <html lang>', async () => {
    await setLanguage('zh-CN');

    expect(i18n.language).toBe('zh-CN');
    expect(localStorage.getItem('crm.lang')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(detectLanguage(localStorage, 'en-US')).toBe('zh-CN');
  });
});
