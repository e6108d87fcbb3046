import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { PasswordCheckQuery as PasswordCheckResult } from '../../../graphql/graphql';
import { PasswordCheckQuery } from './operations';

export type CheckResult = PasswordCheckResult['passwordCheck'];

export const CHECK_DELAY_MS = 250;

/**
 * The server's verdict on a candidate password, asked once typing pauses. The server is the judge
 * (policy, common-password list, zxcvbn) so the meter never disagrees with what a submit will say.
 * Null while the field is empty or before the first answer.
 */
export function usePasswordCheck(password: string | undefined, username = '', email = ''): CheckResult | null {
  const client = useClient();
  const [result, setResult] = useState<{ password: string; check: CheckResult } | null>(null);

  useEffect(() => {
    if (!password) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void client
        .query(PasswordCheckQuery, { input: { password, username, email } }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => {
          if (current && r.data) setResult({ password, check: r.data.passwordCheck });
        });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, password, username, email]);

  // An answer about an older value is not shown against the new one.
  return password && result?.password === password ? result.check : null;
}
