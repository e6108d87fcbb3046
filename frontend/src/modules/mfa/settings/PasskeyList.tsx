import { App, Button, Flex, Popconfirm, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../lib/format';
import { mfaError } from '../problems';
import { useStepUp } from '../stepup';
import { RemovePasskeyMutation, RenamePasskeyMutation } from './operations';
import type { PasskeyRow } from './types';

/** Your passkeys: rename in place, remove (needs a recent sign-in). */
export function PasskeyList({ passkeys, onChanged }: { passkeys: PasskeyRow[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { withStepUp } = useStepUp();
  const [, rename] = useMutation(RenamePasskeyMutation);
  const [, remove] = useMutation(RemovePasskeyMutation);
  const { token } = theme.useToken();

  async function onRename(row: PasskeyRow, name: string) {
    if (!name.trim() || name.trim() === row.name) return;
    const result = await rename({ id: row.id, name: name.trim() });
    if (result.error) return void message.error(mfaError(t, result.error));
    onChanged();
  }

  async function onRemove(row: PasskeyRow) {
    const result = await withStepUp(() => remove({ id: row.id }));
    if (result.error) return void message.error(mfaError(t, result.error));
    void message.success(t('mfa.passkey.removed'));
    onChanged();
  }

  if (passkeys.length === 0) return <Typography.Text type="secondary">{t('mfa.passkey.none')}</Typography.Text>;
  return (
    <Flex vertical>
      {passkeys.map((row) => (
        <div
          key={row.id}
          data-testid={`passkey-row-${row.name}`}
          style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}
        >
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text
                strong
                editable={{
                  onChange: (name) => void onRename(row, name),
                  maxLength: 64,
                  tooltip: t('mfa.passkey.rename'),
                  triggerType: ['icon'],
                }}
                data-testid="passkey-name-text"
              >
                {row.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('mfa.passkey.added', { date: formatDateTime(row.createdAt) })}
                {' · '}
                {row.lastUsedAt
                  ? t('mfa.passkey.lastUsed', { date: formatDateTime(row.lastUsedAt) })
                  : t('mfa.passkey.neverUsed')}
              </Typography.Text>
            </Flex>
            <Popconfirm
              title={t('mfa.passkey.removeConfirm', { name: row.name })}
              onConfirm={() => onRemove(row)}
              okText={t('common.yes')}
              cancelText={t('common.no')}
            >
              <Button size="small" danger data-testid="passkey-remove">
                {t('mfa.remove')}
              </Button>
            </Popconfirm>
          </Flex>
        </div>
      ))}
    </Flex>
  );
}
