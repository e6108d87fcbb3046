import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/errors';
import type { CheckResult } from './usePasswordCheck';

const LEVELS = ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'] as const;

/** Strength meter (zxcvbn score 0-4) and the list of rules the password still breaks. */
export function PasswordStrength({ check }: { check: CheckResult | null }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (!check) return null;
  const score = Math.max(0, Math.min(4, check.score));
  const color = check.ok ? token.colorSuccess : score >= 2 ? token.colorWarning : token.colorError;
  return (
    <div data-testid="password-strength" data-score={score} data-ok={check.ok} style={{ marginTop: 4 }}>
      <Flex gap={4} aria-hidden style={{ marginBottom: 4 }}>
        {[1, 2, 3, 4].map((step) => (
          <div
            key={step}
            style={{
              flex: 1,
              height: 4,
              borderRadius: 2,
              background: step <= score ? color : token.colorFillSecondary,
            }}
          />
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('password.strength', { level: t(`password.levels.${LEVELS[score]}`) })}
      </Typography.Text>
      {check.ok ? (
        <div data-testid="password-ok" style={{ color: token.colorSuccess, fontSize: 12 }}>
          <CheckCircleFilled /> {t('password.meetsPolicy')}
        </div>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, fontSize: 12 }}>
          {check.problems.map((code) => (
            <li key={code} data-testid={`password-problem-${code}`} style={{ color: token.colorError }}>
              <CloseCircleFilled /> {problemMessage(t, code)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
