import type { TFunction } from 'i18next';

/** Field names the audit trail uses (snake_case) → this module's field labels. */
const FIELD_KEYS: Record<string, string> = {
  title: 'title',
  customer_id: 'customer',
  contact_id: 'contact',
  amount: 'amount',
  currency: 'currency',
  pipeline_id: 'pipeline',
  stage_id: 'stage',
  probability: 'probability',
  expected_close_date: 'expectedCloseDate',
  owner_id: 'owner',
  team_id: 'team',
  source: 'source',
  lost_reason: 'lostReason',
  notes: 'notes',
  products: 'products',
  rank: 'rank',
};

/** "Changed amount, stage" — what a recorded change did, in the user's language (values stay in the audit log). */
export function changeText(t: TFunction, action: string, fields: readonly string[]): string {
  const verb = t([`deals.timeline.actions.${action}`, 'deals.timeline.actions.other'], { action });
  // A creation touches every field: naming them all says nothing.
  if (action === 'deal.created') return verb;
  const names = fields.filter((f) => f !== 'rank').map((f) => (FIELD_KEYS[f] ? t(`deals.fields.${FIELD_KEYS[f]}`) : f));
  return names.length > 0 ? t('deals.timeline.withFields', { what: verb, fields: names.join(t('deals.timeline.separator')) }) : verb;
}
