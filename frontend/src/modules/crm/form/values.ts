import type {
  CrmCustomerFieldsFragment,
  CustomerInput,
  CustomerUpdateInput,
  CustomFieldValueInput,
} from '../../../graphql/graphql';
import type { FieldDef } from '../shared/settings';

export type Customer = CrmCustomerFieldsFragment;

/** A custom value as a form holds it: text, a number or a day as a string, options as a list. */
export type CustomFormValue = string | string[] | null;

export type FormValues = {
  kind: string;
  name: string;
  stage: string;
  level: string;
  industry: string;
  source: string;
  website: string;
  address: string;
  phones: string[];
  emails: string[];
  idNumber: string;
  needs: string;
  preferences: { key: string; value: string }[];
  tags: string[];
  ownerId: string | null;
  teamId: string | null;
  custom: Record<string, CustomFormValue>;
};

/** Form field names the server's problems can be put under (see shared/errors formPath). */
export const FORM_FIELDS = [
  'kind', 'name', 'stage', 'level', 'industry', 'source', 'website', 'address', 'phones', 'emails',
  'idNumber', 'needs', 'preferences', 'tags', 'ownerId', 'teamId', 'custom',
] as const;

/** A stored custom value for the form: multi-select values are a JSON list of options. */
export function parseCustomValue(def: Pick<FieldDef, 'type'>, value: string | null | undefined): CustomFormValue {
  if (value === null || value === undefined || value === '') return def.type === 'MULTISELECT' ? [] : null;
  if (def.type !== 'MULTISELECT') return value;
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return [];
  }
}

/** A form value for the API: null clears; multi-select as a JSON list. */
export function customInputValue(def: Pick<FieldDef, 'type'>, value: CustomFormValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length > 0 ? JSON.stringify(value) : null;
  const text = String(value).trim();
  return text === '' ? null : def.type === 'MULTISELECT' ? JSON.stringify([text]) : text;
}

const blank = (values: readonly string[]) => values.map((v) => v.trim()).filter(Boolean);

export function initialValues(customer: Customer | null, defs: readonly FieldDef[], defaultStage: string): FormValues {
  const custom: Record<string, CustomFormValue> = {};
  for (const def of defs) {
    const v = customer?.customFields.find((c) => c.key === def.key);
    custom[def.key] = parseCustomValue(def, v?.value);
  }
  if (!customer) {
    return {
      kind: 'company', name: '', stage: defaultStage, level: 'C', industry: '', source: '', website: '',
      address: '', phones: [''], emails: [''], idNumber: '', needs: '', preferences: [], tags: [],
      ownerId: null, teamId: null, custom,
    };
  }
  return {
    kind: customer.kind,
    name: customer.name,
    stage: customer.stage,
    level: customer.level,
    industry: customer.industry,
    source: customer.source,
    website: customer.website,
    address: customer.address ?? '',
    phones: customer.phones.length ? [...customer.phones] : [''],
    emails: customer.emails.length ? [...customer.emails] : [''],
    idNumber: customer.idNumber ?? '',
    needs: customer.needs,
    preferences: customer.preferences.map((p) => ({ key: p.key, value: p.value })),
    tags: [...customer.tags],
    ownerId: customer.owner?.id ?? null,
    teamId: customer.team?.id ?? null,
    custom,
  };
}

function preferences(values: FormValues) {
  return (values.preferences ?? [])
    .map((p) => ({ key: (p?.key ?? '').trim(), value: (p?.value ?? '').trim() }))
    .filter((p) => p.key !== '');
}

function customInputs(values: FormValues, defs: readonly FieldDef[], keep: (def: FieldDef, value: string | null) => boolean) {
  const out: CustomFieldValueInput[] = [];
  for (const def of defs) {
    const value = customInputValue(def, values.custom?.[def.key]);
    if (keep(def, value)) out.push({ key: def.key, value });
  }
  return out;
}

/** A new customer. Owner and team are sent only by users who may assign (others get theirs). */
export function toCreateInput(values: FormValues, defs: readonly FieldDef[], canAssign: boolean, allowDuplicates: boolean): CustomerInput {
  return {
    kind: values.kind,
    name: values.name.trim(),
    stage: values.stage,
    level: values.level,
    industry: values.industry.trim(),
    source: values.source.trim(),
    website: values.website.trim(),
    needs: values.needs.trim(),
    address: values.address.trim() || null,
    phones: blank(values.phones ?? []),
    emails: blank(values.emails ?? []),
    idNumber: values.idNumber.trim() || null,
    preferences: preferences(values),
    tags: values.tags ?? [],
    customFields: customInputs(values, defs, (_, v) => v !== null),
    ownerId: canAssign ? values.ownerId : null,
    teamId: canAssign ? values.teamId : null,
    allowDuplicates,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Only what changed: a field left alone is not sent, so a concurrent edit of another field is kept.
 * Masked values are never sent back (they are not the real data): personal fields of a masked
 * customer and masked sensitive custom values stay out.
 */
export function toUpdateInput(customer: Customer, values: FormValues, defs: readonly FieldDef[], canAssign: boolean): CustomerUpdateInput {
  const input: CustomerUpdateInput = { id: customer.id };
  const plain = ['kind', 'name', 'stage', 'level', 'industry', 'source', 'website', 'needs'] as const;
  for (const key of plain) {
    const value = values[key].trim();
    if (value !== customer[key]) input[key] = value;
  }
  if (!customer.piiMasked) {
    const phones = blank(values.phones ?? []);
    if (!sameList(phones, customer.phones)) input.phones = phones;
    const emails = blank(values.emails ?? []);
    if (!sameList(emails, customer.emails)) input.emails = emails;
    if (values.address.trim() !== (customer.address ?? '')) input.address = values.address.trim();
    if (values.idNumber.trim() !== (customer.idNumber ?? '')) input.idNumber = values.idNumber.trim();
  }
  const prefs = preferences(values);
  const before = customer.preferences.map((p) => `${p.key}=${p.value}`);
  if (!sameList(prefs.map((p) => `${p.key}=${p.value}`), before)) input.preferences = prefs;
  if (!sameList(values.tags ?? [], customer.tags)) input.tags = values.tags ?? [];
  const custom = customInputs(values, defs, (def, value) => {
    const stored = customer.customFields.find((c) => c.key === def.key);
    if (stored?.masked) return false;
    return value !== customInputValue(def, parseCustomValue(def, stored?.value));
  });
  if (custom.length > 0) input.customFields = custom;
  if (canAssign) {
    if (values.ownerId && values.ownerId !== (customer.owner?.id ?? null)) input.ownerId = values.ownerId;
    if (values.teamId && values.teamId !== (customer.team?.id ?? null)) input.teamId = values.teamId;
  }
  return input;
}

/** Whether an update input changes anything. */
export function hasChanges(input: CustomerUpdateInput): boolean {
  return Object.keys(input).some((k) => k !== 'id');
}
