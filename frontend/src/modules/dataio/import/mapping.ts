/**
 * Column mapping of an import: `{column header: field key}`, the way the server stores it. A column
 * mapped to `ignore` is not imported; list fields (phones, emails, tags) may take several columns;
 * custom customer fields are `custom.<key>`. The server lists the fields (importFields), suggests
 * the first mapping and checks the final one: this module only edits it and says what is still
 * missing before the user asks.
 */

export const IGNORE = 'ignore';
export const CUSTOM_PREFIX = 'custom.';

export type FieldInfo = { key: string; required: boolean; multiple: boolean };

export type Mapping = Record<string, string>;

/** Every header with its field (`ignore` for unmapped ones), in file order. */
export function completeMapping(headers: readonly string[], mapping: Mapping): Mapping {
  return Object.fromEntries(headers.map((h) => [h, mapping[h] ?? IGNORE]));
}

/**
 * Map `header` to `field`. A single-valued field is fed by one column only, so another column that
 * had it goes back to `ignore` (the choice just made wins).
 */
export function assign(fields: readonly FieldInfo[], mapping: Mapping, header: string, field: string): Mapping {
  const next: Mapping = { ...mapping, [header]: field };
  const multiple = fields.find((f) => f.key === field)?.multiple ?? false;
  if (field !== IGNORE && !multiple) {
    for (const [h, f] of Object.entries(next)) if (h !== header && f === field) next[h] = IGNORE;
  }
  return next;
}

/**
 * A saved template applied to this file's headers: its columns that the file has; the file's other
 * columns are ignored (a template is a whole choice, not a patch). Also says how many template
 * columns the file lacks.
 */
export function applyTemplate(headers: readonly string[], template: Mapping): { mapping: Mapping; missing: number } {
  const mapping = completeMapping(headers, {});
  let missing = 0;
  for (const [h, f] of Object.entries(template)) {
    if (headers.includes(h)) mapping[h] = f;
    else missing += 1;
  }
  return { mapping, missing };
}

/** Required fields no column feeds yet. */
export function missingRequired(fields: readonly FieldInfo[], mapping: Mapping): string[] {
  const used = new Set(Object.values(mapping));
  return fields.filter((f) => f.required && !used.has(f.key)).map((f) => f.key);
}

/** `[{column, field}]` (the GraphQL shape) as a mapping, and back (ignored columns left out). */
export function fromPairs(pairs: readonly { column: string; field: string }[]): Mapping {
  return Object.fromEntries(pairs.map((p) => [p.column, p.field]));
}

export function toPairs(mapping: Mapping): { column: string; field: string }[] {
  return Object.entries(mapping)
    .filter(([, field]) => field !== IGNORE)
    .map(([column, field]) => ({ column, field }));
}
