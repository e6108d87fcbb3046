import type { TFunction } from 'i18next';
import type { AuthzPermissionCatalogQuery, DataScope } from '../../../graphql/graphql';

export type CatalogEntry = AuthzPermissionCatalogQuery['permissionCatalog'][number];
export type PermissionGroup = { domain: string; entries: CatalogEntry[] };

export const DATA_SCOPES: readonly DataScope[] = ['OWN', 'TEAM', 'SUBTREE', 'ALL'];

/** The catalog by domain (customers, deals, …), domains and permissions in the server's order. */
export function groupByDomain(catalog: readonly CatalogEntry[]): PermissionGroup[] {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of catalog) {
    const list = groups.get(entry.domain);
    if (list) list.push(entry);
    else groups.set(entry.domain, [entry]);
  }
  return [...groups].map(([domain, entries]) => ({ domain, entries }));
}

// i18next splits keys at dots, so "customers.pii.read" is looked up as "customers_pii_read".
const key = (name: string) => name.replace(/\./g, '_');

/** A permission's description in the user's language; the server's English one when untranslated. */
export function permissionText(t: TFunction, entry: Pick<CatalogEntry, 'name' | 'description'>): string {
  return t(`authz.permissions.${key(entry.name)}`, { defaultValue: entry.description });
}

/** A domain's title ("Customers"); the raw domain name when untranslated. */
export function domainText(t: TFunction, domain: string): string {
  return t(`authz.domains.${domain}`, { defaultValue: domain });
}
