import { describe, expect, it } from 'vitest';
import { dropIndex, findCard, keyTarget, moveCard, neighbours, type Column } from './moves';

type C = Column<{ id: string }>;

function board(...columns: string[][]): C[] {
  return columns.map((ids, i) => ({ stageId: `s${i}`, count: ids.length, cards: ids.map((id) => ({ id })) }));
}

const ids = (cols: C[]) => cols.map((c) => c.cards.map((x) => x.id));

describe('moveCard', () => {
  it('moves a card to another column and keeps the counts in step', () => {
    const before = board(['a', 'b'], ['c']);
    const after = moveCard(before, 'a', { column: 1, index: 1 });
    expect(ids(after)).toEqual([['b'], ['c', 'a']]);
    expect(after.map((c) => c.count)).toEqual([1, 2]);
    // The input is left alone (the board can go back to it).
    expect(ids(before)).toEqual([['a', 'b'], ['c']]);
  });

  it('reorders within a column without changing the count', () => {
    const after = moveCard(board(['a', 'b', 'c']), 'a', { column: 0, index: 2 });
    expect(ids(after)).toEqual([['b', 'c', 'a']]);
    expect(after[0].count).toBe(3);
  });

  it('clamps an index past the end', () => {
    expect(ids(moveCard(board(['a'], []), 'a', { column: 1, index: 9 }))).toEqual([[], ['a']]);
  });

  it('counts cards not shown on the board (a column with more deals than shown)', () => {
    const cols = board(['a'], ['b']);
    cols[1].count = 40;
    expect(moveCard(cols, 'a', { column: 1, index: 0 })[1].count).toBe(41);
  });
});

describe('neighbours', () => {
  it('names the card above, else the card below, else nothing', () => {
    expect(neighbours([{ id: 'x' }, { id: 'a' }], 'a')).toEqual({ afterId: 'x' });
    expect(neighbours([{ id: 'a' }, { id: 'y' }], 'a')).toEqual({ beforeId: 'y' });
    expect(neighbours([{ id: 'a' }], 'a')).toEqual({});
  });
});

describe('keyTarget', () => {
  const cols = board(['a', 'b', 'c'], ['d'], []);

  it('moves up and down within the column and stops at its ends', () => {
    expect(keyTarget(cols, findCard(cols, 'b')!, 'ArrowUp')).toEqual({ column: 0, index: 0 });
    expect(keyTarget(cols, findCard(cols, 'b')!, 'ArrowDown')).toEqual({ column: 0, index: 2 });
    expect(keyTarget(cols, findCard(cols, 'a')!, 'ArrowUp')).toBeNull();
    expect(keyTarget(cols, findCard(cols, 'c')!, 'ArrowDown')).toBeNull();
    expect(keyTarget(cols, findCard(cols, 'c')!, 'Home')).toEqual({ column: 0, index: 0 });
    expect(keyTarget(cols, findCard(cols, 'a')!, 'End')).toEqual({ column: 0, index: 2 });
  });

  it('moves sideways at the same height or to the end of a shorter column', () => {
    expect(keyTarget(cols, findCard(cols, 'c')!, 'ArrowRight')).toEqual({ column: 1, index: 1 });
    expect(keyTarget(cols, findCard(cols, 'd')!, 'ArrowRight')).toEqual({ column: 2, index: 0 });
    expect(keyTarget(cols, findCard(cols, 'a')!, 'ArrowLeft')).toBeNull();
    expect(keyTarget(cols, { column: 2, index: 0 }, 'ArrowRight')).toBeNull();
  });
});

describe('dropIndex', () => {
  it('counts the cards whose middle is above the pointer', () => {
    expect(dropIndex([10, 50, 90], 5)).toBe(0);
    expect(dropIndex([10, 50, 90], 60)).toBe(2);
    expect(dropIndex([10, 50, 90], 200)).toBe(3);
    expect(dropIndex([], 42)).toBe(0);
  });
});
