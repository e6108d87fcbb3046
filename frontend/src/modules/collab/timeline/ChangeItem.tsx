import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { ChangeData } from './entries';

/** i18next reads dots as nesting: `customer.updated` is looked up as `customer_updated`. */
export function changeKey(action: string): string {
  return action.replace(/\./g, '_');
}

/** A recorded change of the customer: who did what, and the names of the fields (never values). */
export function ChangeItem({ change: c }: { change: ChangeData }) {
  const { t } = useTranslation();
  const who = c.actor?.displayName ?? (c.actorLabel || t('collab.changes.system'));
  const what = t(`collab.changes.actions.${changeKey(c.action)}`, { defaultValue: c.action });
  // A new customer's "fields" are simply what it was created with: not worth listing.
  const fields = c.action === 'customer.created' ? [] : c.fields.map((f) => t(`collab.changes.fields.${f}`, { defaultValue: f }));
  return (
    <Typography.Text type="secondary" data-testid={`change-${c.id}`}>
      {t('collab.changes.line', { who, what })}
      {fields.length > 0 && `: ${fields.join(', ')}`} · {formatDateTime(c.at)}
    </Typography.Text>
  );
}
