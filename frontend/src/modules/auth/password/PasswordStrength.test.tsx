import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { mockClient, renderWithProviders } from '../../../test/render';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordStrength } from './PasswordStrength';

const noClient = mockClient(() => ({}));

describe('PasswordStrength', () => {
  afterEach(() => setLanguage('en-US'));

  it('lists every broken rule in English', () => {
    renderWithProviders(
      <PasswordStrength check={{ ok: false, score: 1, problems: ['TOO_SHORT', 'NEEDS_DIGIT', 'COMMON'] }} />,
      noClient,
    );
    expect(screen.getByTestId('password-strength').dataset.score).toBe('1');
    expect(screen.getByTestId('password-strength').textContent).toContain('Strength: weak');
    expect(screen.getByTestId('password-problem-TOO_SHORT').textContent).toContain('Too short for the password policy');
    expect(screen.getByTestId('password-problem-NEEDS_DIGIT').textContent).toContain('Needs a digit');
    expect(screen.getByTestId('password-problem-COMMON').textContent).toContain('Too common');
    expect(screen.queryByTestId('password-ok')).toBeNull();
  });

  it('lists every broken rule in Chinese', async () => {
    await setLanguage('zh-CN');
    renderWithProviders(
      <PasswordStrength check={{ ok: false, score: 0, problems: ['NEEDS_UPPER', 'CONTAINS_USERNAME'] }} />,
      noClient,
    );
    expect(screen.getByTestId('password-strength').textContent).toContain('强度：非常弱');
    expect(screen.getByTestId('password-problem-NEEDS_UPPER').textContent).toContain('需要包含大写字母');
    expect(screen.getByTestId('password-problem-CONTAINS_USERNAME').textContent).toContain('不能包含用户名');
  });

  it('says so when the password meets the policy', () => {
    renderWithProviders(<PasswordStrength check={{ ok: true, score: 4, problems: [] }} />, noClient);
    expect(screen.getByTestId('password-ok').textContent).toContain('Meets the password policy');
    expect(screen.getByTestId('password-strength').textContent).toContain('very strong');
  });

  it('shows nothing before the first answer', () => {
    const { container } = renderWithProviders(<PasswordStrength check={null} />, noClient);
    expect(container.querySelector('[data-testid="password-strength"]')).toBeNull();
  });
});

describe('NewPasswordFields', () => {
  it('asks the server once typing pauses and shows its verdict', async () => {
    const asked: unknown[] = [];
    const client = mockClient((body) => {
      asked.push(body.variables);
      return { data: { passwordCheck: { __typename: 'PasswordCheck', ok: false, score: 0, problems: ['TOO_SHORT', 'WEAK'] } } };
    });
    renderWithProviders(
      <Form>
        <NewPasswordFields username="alice" email="alice@example.com" />
      </Form>,
      client,
    );
    const input = document.getElementById('newPassword')!;
    fireEvent.change(input, { target: { value: 'a' } });
    fireEvent.change(input, { target: { value: 'ab' } });
    fireEvent.change(input, { target: { value: 'abc' } });

    expect(await screen.findByTestId('password-problem-TOO_SHORT')).toBeTruthy();
    expect(screen.getByTestId('password-problem-WEAK').textContent).toContain('Too easy to guess');
    // Debounced: only the value typing paused at was sent.
    await waitFor(() => expect(asked).toEqual([{ input: { password: 'abc', username: 'alice', email: 'alice@example.com' } }]));
    expect(document.getElementById('confirm')).toBeTruthy();
  });
});
