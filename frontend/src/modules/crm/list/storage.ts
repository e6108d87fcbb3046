import { parseFilters, type ListFilters } from './filters';

/** A named set of filters the user saved. */
export type SavedView = { name: string; filters: ListFilters };

// Per user: a shared computer must not show one user's views (or column choice) to the next.
// Server-side saved views are a follow-up; until then they live in this browser only.
export const viewsKey = (userId: string) => `crm.customers.views.${userId}`;
export const columnsKey = (userId: string) => `crm.customers.columns.${userId}`;

export const MAX_VIEWS = 20;

function read(key: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    // Storage disabled, or an entry that is not JSON: as if nothing was saved.
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the choice holds for this visit only.
  }
}

export function loadViews(userId: string): SavedView[] {
  const value = read(viewsKey(userId));
  if (!Array.isArray(value)) return [];
  const views: SavedView[] = [];
  for (const v of value) {
    if (!v || typeof v !== 'object') continue;
    const { name, filters } = v as Record<string, unknown>;
    if (typeof name === 'string' && name.trim()) views.push({ name: name.trim(), filters: parseFilters(filters) });
  }
  return views.slice(0, MAX_VIEWS);
}

/** Saves (or replaces, by name) a view; the newest first. Returns the new list. */
export function saveView(userId: string, view: SavedView): SavedView[] {
  const name = view.name.trim();
  const views = [{ name, filters: view.filters }, ...loadViews(userId).filter((v) => v.name !== name)].slice(0, MAX_VIEWS);
  write(viewsKey(userId), views);
  return views;
}

export function deleteView(userId: string, name: string): SavedView[] {
  const views = loadViews(userId).filter((v) => v.name !== name);
  write(viewsKey(userId), views);
  return views;
}

/** The chosen columns, keeping only ones that still exist; `fallback` when nothing usable is saved. */
export function loadColumns(userId: string, available: readonly string[], fallback: readonly string[]): string[] {
  const value = read(columnsKey(userId));
  if (!Array.isArray(value)) return [...fallback];
  const chosen = value.filter((c): c is string => typeof c === 'string' && available.includes(c));
  return chosen.length > 0 ? chosen : [...fallback];
}

export function saveColumns(userId: string, columns: readonly string[]): void {
  write(columnsKey(userId), columns);
}
