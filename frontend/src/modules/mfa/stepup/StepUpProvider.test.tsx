import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { gql, useClient } from 'urql';
import { mockClient, renderWithProviders } from '../../../test/render';
import { useStepUp } from './context';
import { StepUpProvider } from './StepUpProvider';

const Sensitive = gql`
  mutation Sensitive {
    sensitive
  }
`;

type Body = { query: string; variables?: unknown };

/** A page doing one sensitive mutation through withStepUp, showing what it finally got. */
function Caller() {
  const client = useClient();
  const { withStepUp } = useStepUp();
  const [outcome, setOutcome] = useState('');
  async function go() {
    const result = await withStepUp(() => client.mutation(Sensitive, {}).toPromise());
    setOutcome(result.error ? `error:${result.error.graphQLErrors[0]?.extensions?.code}` : `ok:${result.data.sensitive}`);
  }
  return (
    <>
      <button onClick={() => void go()}>go</button>
      <output data-testid="outcome">{outcome}</output>
    </>
  );
}

function server(opts: { stale: boolean[]; reauth?: (vars: unknown) => unknown }) {
  const calls: Body[] = [];
  const client = mockClient((body) => {
    calls.push(body);
    if (body.query.includes('StepUpMethods')) return { data: { myMfa: { __typename: 'MfaStatus', methods: ['TOTP', 'RECOVERY_CODE'] } } };
    if (body.query.includes('reauthenticate'))
      return opts.reauth?.(body.variables) ?? { data: { reauthenticate: true } };
    // Each call of the sensitive mutation takes the next answer: refused (stale sign-in) or done.
    const stale = opts.stale.shift();
    return stale
      ? { data: null, errors: [{ message: 'again', extensions: { code: 'STEP_UP_REQUIRED' } }] }
      : { data: { sensitive: true } };
  });
  return { client, calls };
}

function sensitiveCalls(calls: Body[]) {
  return calls.filter((c) => c.query.includes('sensitive')).length;
}

describe('withStepUp', () => {
  it('asks for the password, re-authenticates, then retries once', async () => {
    const { client, calls } = server({ stale: [true, false] });
    renderWithProviders(<StepUpProvider><Caller /></StepUpProvider>, client);

    fireEvent.click(screen.getByText('go'));
    expect(await screen.findByTestId('stepup-dialog')).toBeTruthy();
    fireEvent.change(screen.getByTestId('stepup-password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByTestId('stepup-submit'));

    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe('ok:true'));
    const reauth = calls.find((c) => c.query.includes('reauthenticate'));
    expect(reauth?.variables).toEqual({ input: { password: 'correct horse' } });
    expect(sensitiveCalls(calls)).toBe(2);
  });

  it('does not ask when the sign-in is recent', async () => {
    const { client, calls } = server({ stale: [false] });
    renderWithProviders(<StepUpProvider><Caller /></StepUpProvider>, client);

    fireEvent.click(screen.getByText('go'));

    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe('ok:true'));
    expect(screen.queryByTestId('stepup-dialog')).toBeNull();
    expect(calls.some((c) => c.query.includes('reauthenticate'))).toBe(false);
  });

  it('accepts an authenticator code instead of the password', async () => {
    const { client, calls } = server({ stale: [true, false] });
    renderWithProviders(<StepUpProvider><Caller /></StepUpProvider>, client);

    fireEvent.click(screen.getByText('go'));
    fireEvent.click(await screen.findByTestId('stepup-method-TOTP'));
    fireEvent.change(await screen.findByTestId('stepup-code'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('stepup-submit'));

    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe('ok:true'));
    const reauth = calls.find((c) => c.query.includes('reauthenticate'));
    expect(reauth?.variables).toEqual({ input: { method: 'TOTP', code: '123456' } });
  });

  it('keeps the dialog open on a wrong password and says so', async () => {
    let answers = 0;
    const { client, calls } = server({
      stale: [true, false],
      reauth: () =>
        answers++ === 0
          ? { data: null, errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: { code: ['INVALID_CODE'] } } }] }
          : { data: { reauthenticate: true } },
    });
    renderWithProviders(<StepUpProvider><Caller /></StepUpProvider>, client);

    fireEvent.click(screen.getByText('go'));
    fireEvent.change(await screen.findByTestId('stepup-password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByTestId('stepup-submit'));
    expect(await screen.findByText('The password is wrong')).toBeTruthy();
    expect(sensitiveCalls(calls)).toBe(1);

    fireEvent.change(screen.getByTestId('stepup-password'), { target: { value: 'right' } });
    fireEvent.click(screen.getByTestId('stepup-submit'));
    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe('ok:true'));
  });

  it('gives the caller the refusal when the dialog is cancelled', async () => {
    const { client, calls } = server({ stale: [true] });
    renderWithProviders(<StepUpProvider><Caller /></StepUpProvider>, client);

    fireEvent.click(screen.getByText('go'));
    await screen.findByTestId('stepup-dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe('error:STEP_UP_REQUIRED'));
    expect(sensitiveCalls(calls)).toBe(1);
  });

  it('runs the operation as is outside a provider', async () => {
    const { client } = server({ stale: [true] });
    renderWithProviders(<Caller />, client);
    fireEvent.click(screen.getByText('go'));
    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe('error:STEP_UP_REQUIRED'));
  });
});
