import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { setLanguage } from './i18n';
import { errorCode, errorMessage } from './errors';

function serverError(code?: string, message = 'internal detail') {
  return new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })],
  });
}

describe('errorMessage', () => {
  afterEach(() => setLanguage('en-US'));

  it('translates the server code in the current language', async () => {
    await setLanguage('en-US');
    expect(errorMessage(i18n.t, serverError('RATE_LIMITED'))).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
    await setLanguage('zh-CN');
    expect(errorMessage(i18n.t, serverError('RATE_LIMITED'))).toBe('尝试次数过多，请稍后再试。');
  });

  it('has a message for every documented code in both languages', async () => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      await setLanguage(lang);
      for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'NOT_FOUND',
        'CONFLICT', 'STEP_UP_REQUIRED', 'NOT_IMPLEMENTED', 'INTERNAL']) {
        expect(i18n.exists(`errors.${code}`), `${lang} ${code}`).toBe(true);
      }
    }
  });

  it('never shows the server text for an unknown or missing code', () => {
    expect(errorMessage(i18n.t, serverError('SOMETHING_NEW', 'secret'))).toBe(
      'Something went wrong on the server. Please try again later.',
    );
    expect(errorMessage(i18n.t, serverError(undefined, 'secret'))).not.toContain('secret');
  });

  it('reports a network failure as such', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorCode(error)).toBeNull();
    expect(errorMessage(i18n.t, error)).toMatch(/Cannot reach the server/);
  });

  it('lets a screen override the message for a code', () => {
    expect(errorMessage(i18n.t, serverError('NOT_IMPLEMENTED'), { NOT_IMPLEMENTED: 'auth.notImplemented' }))
      .toBe('Sign-in is not available yet.');
  });

  it('is empty without an error', () => {
    expect(errorMessage(i18n.t, undefined)).toBe('');
  });
});
