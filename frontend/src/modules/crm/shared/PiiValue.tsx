import { EyeOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { RevealModal, type RevealResult } from './RevealModal';

type Props = {
  /** The value as the server sent it (masked or clear); null or empty shows a dash. */
  value: string | null | undefined;
  /** Whether the server masked it. */
  masked: boolean;
  /** Test id of the value; the reveal button gets `reveal-<testId>`, the clear value `revealed-<testId>`. */
  testId: string;
  /** The field's name in the user's language (button label, dialog title). */
  fieldLabel: string;
  /** Whose value it is (dialog title). */
  ownerName: string;
  reveal: (reason: string) => Promise<RevealResult>;
};

/**
 * Whether a value gets the "reveal" button: it came back masked, there is something to show, and the
 * user holds a right that allows revealing. The server decides per record and may still refuse.
 */
export function canReveal(permissions: readonly string[], masked: boolean, value: string | null | undefined): boolean {
  if (!masked || !value) return false;
  return hasPerm(permissions, Perm.CUSTOMERS_PII_READ) || hasPerm(permissions, Perm.CUSTOMERS_PII_REVEAL);
}

/** A personal-data value as the server sent it, with a reveal button when it is masked. Never unmasks on its own. */
export function PiiValue({ value, masked, testId, fieldLabel, ownerName, reveal }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [revealed, setRevealed] = useState<{ value: string | null } | null>(null);
  const [open, setOpen] = useState(false);

  if (revealed) {
    return (
      <Typography.Text data-testid={`revealed-${testId}`} copyable={!!revealed.value}>
        {revealed.value ?? '—'}
      </Typography.Text>
    );
  }
  return (
    <Flex gap={4} align="center" wrap={false} component="span">
      <span data-testid={testId}>{value || '—'}</span>
      {canReveal(me.permissions, masked, value) && (
        <Tooltip title={t('crm.reveal.action')}>
          <Button
            type="text"
            size="small"
            icon={<EyeOutlined />}
            aria-label={t('crm.reveal.label', { field: fieldLabel })}
            data-testid={`reveal-${testId}`}
            onClick={(e) => {
              e.stopPropagation();
              setOpen(true);
            }}
          />
        </Tooltip>
      )}
      {open && (
        <RevealModal
          title={t('crm.reveal.title', { field: fieldLabel, name: ownerName })}
          reveal={reveal}
          onClose={(clear) => {
            setOpen(false);
            if (clear !== undefined) setRevealed({ value: clear });
          }}
        />
      )}
    </Flex>
  );
}
