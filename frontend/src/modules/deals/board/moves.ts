/**
 * Board moves as pure functions over columns of cards, shared by drag and drop, the keyboard and
 * the "Move to…" menu. A place is (column index, index within the column's shown cards).
 */

export type Place = { column: number; index: number };

export type Column<T extends { id: string }> = { stageId: string; count: number; cards: T[] };

type AnyColumn = { count: number; cards: { id: string }[] };

/** Where a card is on the board, or null. */
export function findCard(columns: readonly AnyColumn[], id: string): Place | null {
  for (let column = 0; column < columns.length; column++) {
    const index = columns[column].cards.findIndex((c) => c.id === id);
    if (index >= 0) return { column, index };
  }
  return null;
}

/**
 * The board with card `id` taken out and put at `to` (`to.index` counts the target column's cards
 * without the moving one). Counts follow when it changes column; the input is not modified.
 */
export function moveCard<C extends AnyColumn>(columns: readonly C[], id: string, to: Place): C[] {
  const from = findCard(columns, id);
  if (!from || !columns[to.column]) return [...columns];
  const card = columns[from.column].cards[from.index];
  const next = columns.map((c) => ({ ...c, cards: c.cards.filter((x) => x.id !== id) }) as C);
  const target = next[to.column];
  const index = Math.max(0, Math.min(to.index, target.cards.length));
  target.cards.splice(index, 0, card);
  if (from.column !== to.column) {
    next[from.column].count = Math.max(0, next[from.column].count - 1);
    target.count += 1;
  }
  return next;
}

/** Whether a move would change nothing. */
export function samePlace(a: Place, b: Place): boolean {
  return a.column === b.column && a.index === b.index;
}

/**
 * What moveDeal needs to put the card where it now is in `cards` (the target column after the move):
 * below the card above it, else above the card below it, else nothing (an empty column: on top).
 */
export function neighbours(cards: readonly { id: string }[], id: string): { afterId?: string; beforeId?: string } {
  const index = cards.findIndex((c) => c.id === id);
  if (index > 0) return { afterId: cards[index - 1].id };
  if (index === 0 && cards.length > 1) return { beforeId: cards[1].id };
  return {};
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isMoveKey(key: string): key is MoveKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
}

/**
 * The place a lifted card goes to on a key press, or null when it can't go that way. Up and down
 * move within the column, left and right to the neighbouring column at the same height (or its end),
 * Home and End to the top and bottom of the column.
 */
export function keyTarget(columns: readonly AnyColumn[], at: Place, key: MoveKey): Place | null {
  const own = columns[at.column]?.cards.length ?? 0;
  switch (key) {
    case 'ArrowUp':
      return at.index > 0 ? { column: at.column, index: at.index - 1 } : null;
    case 'ArrowDown':
      return at.index < own - 1 ? { column: at.column, index: at.index + 1 } : null;
    case 'Home':
      return at.index > 0 ? { column: at.column, index: 0 } : null;
    case 'End':
      return at.index < own - 1 ? { column: at.column, index: own - 1 } : null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const column = at.column + (key === 'ArrowLeft' ? -1 : 1);
      if (column < 0 || column >= columns.length) return null;
      return { column, index: Math.min(at.index, columns[column].cards.length) };
    }
  }
}

/**
 * Where a dragged card lands in a column, from the pointer's height and the vertical middles of the
 * column's other cards (top to bottom): the number of cards whose middle is above the pointer.
 */
export function dropIndex(middles: readonly number[], y: number): number {
  let index = 0;
  while (index < middles.length && middles[index] < y) index++;
  return index;
}
