import dayjs, { type Dayjs } from 'dayjs';
import type { DealInput, DealsDealQuery, DealUpdateInput } from '../../../graphql/graphql';
import { lineTotal, sumAmounts, toUnits } from '../shared/money';

export type Deal = DealsDealQuery['deal'];

export type ProductRow = { name?: string; quantity?: string | null; price?: string | null };

/** The drawer's fields. Amounts stay decimal strings (InputNumber in string mode) end to end. */
export type FormValues = {
  title: string;
  customerId?: string | null;
  contactId?: string | null;
  amount?: string | null;
  currency: string;
  pipelineId?: string | null;
  stageId?: string | null;
  probability?: number | null;
  expectedCloseDate?: Dayjs | null;
  ownerId?: string | null;
  teamId?: string | null;
  source?: string;
  lostReason?: string;
  notes?: string;
  products?: ProductRow[];
};

/** Form fields a server problem may name (see shared/errors fieldPath). */
export const FORM_FIELDS = [
  'title',
  'customerId',
  'contactId',
  'amount',
  'currency',
  'pipelineId',
  'stageId',
  'probability',
  'expectedCloseDate',
  'ownerId',
  'teamId',
  'source',
  'lostReason',
  'notes',
  'products',
] as const;

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A day as the server's Date scalar ("2026-03-31"), or null. */
export function dayText(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export type Defaults = { currency: string; pipelineId?: string; stageId?: string; probability?: number; customer?: { id: string } };

export function initialValues(deal: Deal | null, defaults: Defaults): FormValues {
  if (!deal)
    return {
      title: '',
      customerId: defaults.customer?.id ?? null,
      contactId: null,
      amount: null,
      currency: defaults.currency,
      pipelineId: defaults.pipelineId ?? null,
      stageId: defaults.stageId ?? null,
      probability: defaults.probability ?? null,
      expectedCloseDate: null,
      source: '',
      lostReason: '',
      notes: '',
      products: [],
    };
  return {
    title: deal.title,
    customerId: deal.customer.id,
    contactId: deal.contact?.id ?? null,
    amount: text(deal.amount),
    currency: deal.currency,
    pipelineId: deal.pipelineId,
    stageId: deal.stage.id,
    probability: deal.probability,
    expectedCloseDate: typeof deal.expectedCloseDate === 'string' ? dayjs(deal.expectedCloseDate) : null,
    ownerId: deal.owner?.id ?? null,
    teamId: deal.team?.id ?? null,
    source: deal.source,
    lostReason: deal.lostReason,
    notes: deal.notes,
    products: deal.products.map((p) => ({ name: p.name, quantity: text(p.quantity), price: text(p.price) })),
  };
}

/** Product rows as the server takes them; rows left completely empty are dropped. */
export function productInputs(rows: readonly ProductRow[] | undefined) {
  return (rows ?? [])
    .filter((r) => (r.name ?? '').trim() || r.quantity || r.price)
    .map((r) => ({ name: (r.name ?? '').trim(), quantity: r.quantity || '1', price: r.price || '0' }));
}

/** Σ quantity × price of the rows, two places. */
export function productsTotal(rows: readonly ProductRow[] | undefined): string {
  return sumAmounts(productInputs(rows).map((r) => lineTotal(r.quantity, r.price)));
}

function sameAmount(a: unknown, b: unknown): boolean {
  return toUnits(a, 4) === toUnits(b, 4);
}

function sameProducts(deal: Deal, rows: ReturnType<typeof productInputs>): boolean {
  return (
    deal.products.length === rows.length &&
    deal.products.every((p, i) => p.name === rows[i].name && sameAmount(p.quantity, rows[i].quantity) && sameAmount(p.price, rows[i].price))
  );
}

/** A new deal. Owner and team are only sent by users who may assign (the server defaults to you). */
export function toCreateInput(v: FormValues, canAssign: boolean): DealInput {
  return {
    title: v.title.trim(),
    customerId: v.customerId ?? '',
    contactId: v.contactId || null,
    amount: v.amount || null,
    currency: v.currency.trim().toUpperCase() || null,
    pipelineId: v.pipelineId || null,
    stageId: v.stageId || null,
    probability: v.probability ?? null,
    expectedCloseDate: dayText(v.expectedCloseDate),
    ownerId: canAssign ? v.ownerId || null : null,
    teamId: canAssign ? v.teamId || null : null,
    source: (v.source ?? '').trim() || null,
    lostReason: (v.lostReason ?? '').trim() || null,
    notes: (v.notes ?? '').trim() || null,
    products: productInputs(v.products),
  };
}

/** Only what changed; null clears the contact or the expected close date. */
export function toUpdateInput(deal: Deal, v: FormValues, canAssign: boolean): DealUpdateInput {
  const input: DealUpdateInput = { id: deal.id };
  const title = v.title.trim();
  if (title !== deal.title) input.title = title;
  if (v.customerId && v.customerId !== deal.customer.id) input.customerId = v.customerId;
  if ((v.contactId || null) !== (deal.contact?.id ?? null)) input.contactId = v.contactId || null;
  if (v.amount && !sameAmount(v.amount, deal.amount)) input.amount = v.amount;
  if (!v.amount && toUnits(deal.amount) !== 0n) input.amount = '0';
  const currency = v.currency.trim().toUpperCase();
  if (currency && currency !== deal.currency) input.currency = currency;
  if (v.pipelineId && v.pipelineId !== deal.pipelineId) input.pipelineId = v.pipelineId;
  if (v.stageId && v.stageId !== deal.stage.id) input.stageId = v.stageId;
  if (v.probability !== null && v.probability !== undefined && v.probability !== deal.probability) input.probability = v.probability;
  const close = dayText(v.expectedCloseDate);
  if (close !== (typeof deal.expectedCloseDate === 'string' ? deal.expectedCloseDate : null)) input.expectedCloseDate = close;
  if (canAssign && v.ownerId && v.ownerId !== deal.owner?.id) input.ownerId = v.ownerId;
  if (canAssign && v.teamId && v.teamId !== deal.team?.id) input.teamId = v.teamId;
  const source = (v.source ?? '').trim();
  if (source !== deal.source) input.source = source;
  const lostReason = (v.lostReason ?? '').trim();
  if (lostReason && lostReason !== deal.lostReason) input.lostReason = lostReason;
  const notes = (v.notes ?? '').trim();
  if (notes !== deal.notes) input.notes = notes;
  const products = productInputs(v.products);
  if (!sameProducts(deal, products)) input.products = products;
  return input;
}

/** Whether an update input changes anything besides naming the deal. */
export function hasChanges(input: DealUpdateInput): boolean {
  return Object.keys(input).some((k) => k !== 'id');
}
