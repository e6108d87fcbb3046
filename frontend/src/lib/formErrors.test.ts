import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';
import { errorMessage, fieldProblems, problemMessage } from './errors';
import { showServerError } from './formErrors';
import i18n, { setLanguage } from './i18n';

function validation(fields: Record<string, string[]>, code = 'BAD_USER_INPUT') {
  return new CombinedError({ graphQLErrors: [new GraphQLError('Invalid input', { extensions: { code, fields } })] });
}

// Every problem code the server documents (passwords, accounts, links, policy).
const CODES = [
  'TOO_SHORT', 'TOO_LONG', 'NEEDS_UPPER', 'NEEDS_LOWER', 'NEEDS_DIGIT', 'NEEDS_SPECIAL', 'CONTAINS_USERNAME',
  'CONTAINS_EMAIL', 'COMMON', 'WEAK', 'REUSED', 'INVALID_USERNAME', 'INVALID_EMAIL', 'TAKEN', 'UNKNOWN_ROLE',
  'LAST_ADMIN', 'SELF', 'INVALID_TOKEN', 'SETUP_DONE', 'WRONG_PASSWORD', 'OUT_OF_RANGE', 'INVALID_LENGTH',
  'ALREADY_ACTIVE',
];

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`.replace(/_(one|other)$/, '')],
  );
}

describe('field problem codes', () => {
  afterEach(() => setLanguage('en-US'));

  it('have a distinct message in both languages', async () => {
    for (const code of CODES) {
      await setLanguage('en-US');
      const en = problemMessage(i18n.t, code);
      await setLanguage('zh-CN');
      const zh = problemMessage(i18n.t, code);
      expect(i18n.exists(`problems.${code}`), code).toBe(true);
      expect(zh, code).not.toBe(en);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fall back to a generic message for an unknown code', () => {
    expect(problemMessage(i18n.t, 'SOMETHING_NEW')).toBe('Not valid');
  });

  it('are read per field, with snake_case field names made camelCase', () => {
    expect(fieldProblems(validation({ newPassword: ['TOO_SHORT', 'WEAK'], min_length: ['OUT_OF_RANGE'] }))).toEqual({
      newPassword: ['TOO_SHORT', 'WEAK'],
      minLength: ['OUT_OF_RANGE'],
    });
    expect(fieldProblems(undefined)).toEqual({});
  });
});

describe('showServerError', () => {
  afterEach(() => setLanguage('en-US'));

  function fakeForm() {
    return { setFields: vi.fn() } as unknown as Parameters<typeof showServerError>[1] & { setFields: ReturnType<typeof vi.fn> };
  }

  it('puts problems under the form fields, translated', async () => {
    await setLanguage('zh-CN');
    const form = fakeForm();
    const left = showServerError(i18n.t, form, validation({ newPassword: ['REUSED'] }), ['newPassword']);
    expect(left).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([{ name: 'newPassword', errors: ['近期使用过该密码，请换一个'] }]);
  });

  it('returns problems of fields the form lacks for a form-level alert', () => {
    const form = fakeForm();
    const left = showServerError(i18n.t, form, validation({ token: ['INVALID_TOKEN'] }), ['newPassword']);
    expect(left).toBe('This link or code is invalid or has expired. Ask for a new one.');
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('can rename a server field to the form field', () => {
    const form = fakeForm();
    showServerError(i18n.t, form, validation({ token: ['INVALID_TOKEN'] }), ['code'], { token: 'code' });
    expect(form.setFields).toHaveBeenCalledWith([{ name: 'code', errors: [expect.stringContaining('invalid')] }]);
  });

  it('uses the error code when there are no field problems', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } })] });
    expect(showServerError(i18n.t, fakeForm(), error, [])).toBe('You do not have permission to do this.');
  });
});

describe('RATE_LIMITED', () => {
  afterEach(() => setLanguage('en-US'));

  function limited(retryAfter: number) {
    return new CombinedError({
      graphQLErrors: [new GraphQLError('x', { extensions: { code: 'RATE_LIMITED', retryAfter } })],
    });
  }

  it('tells how long to wait', async () => {
    expect(errorMessage(i18n.t, limited(30))).toBe('Too many attempts. Try again in 30 seconds.');
    expect(errorMessage(i18n.t, limited(600))).toBe('Too many attempts. Try again in 10 minutes.');
    await setLanguage('zh-CN');
    expect(errorMessage(i18n.t, limited(600))).toBe('尝试次数过多，请在 10 分钟后重试。');
  });
});

describe('locales', () => {
  it('have the same keys in both languages', () => {
    expect(new Set(keys(zhCN))).toEqual(new Set(keys(enUS)));
  });
});
