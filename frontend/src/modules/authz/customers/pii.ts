import type { CustomerPiiField } from '../../../graphql/graphql';
import { hasPerm, Perm } from '../../../lib/permissions';

/** The four personal-data columns: the Customer field, the API's enum value and the test-id slug. */
export const PII_COLUMNS = [
  { key: 'phone', field: 'PHONE', slug: 'phone' },
  { key: 'email', field: 'EMAIL', slug: 'email' },
  { key: 'idNumber', field: 'ID_NUMBER', slug: 'id_number' },
  { key: 'address', field: 'ADDRESS', slug: 'address' },
] as const satisfies readonly { key: string; field: CustomerPiiField; slug: string }[];

export type PiiKey = (typeof PII_COLUMNS)[number]['key'];

/**
 * Whether a cell gets the "reveal" button: the value came back masked, there is something to show,
 * and the user holds a right that allows revealing (clear PII reading or break-glass reveal). The
 * server decides per record (data scope) and may still refuse; this only hides a useless button.
 */
export function canReveal(
  permissions: readonly string[],
  customer: { piiMasked: boolean },
  value: string | null | undefined,
): boolean {
  if (!customer.piiMasked || !value) return false;
  return hasPerm(permissions, Perm.CUSTOMERS_PII_READ) || hasPerm(permissions, Perm.CUSTOMERS_PII_REVEAL);
}
