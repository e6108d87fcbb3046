import { describe, expect, it } from 'vitest';
import { append, refreshSize, refreshWith, toEntry, toLoaded, type Entry, type Loaded } from './entries';

function change(id: number): Entry {
  return {
    key: `CustomerChange:${id}`,
    cursor: `c${id}`,
    at: `2025-01-01T00:00:${String(id).padStart(2, '0')}Z`,
    type: 'change',
    change: { id: String(id), action: 'customer.updated', actor: null, actorLabel: 'sam', at: '', fields: ['name'] },
  };
}

function loaded(ids: number[], hasMore: boolean): Loaded {
  const entries = ids.map(change);
  return { entries, hasMore, endCursor: entries.length ? entries[entries.length - 1].cursor : null };
}

const keys = (l: Loaded) => l.entries.map((e) => e.key.split(':')[1]);

describe('timeline edges', () => {
  it('unmasks each kind of node and skips kinds it does not know', () => {
    const page = toLoaded({
      edges: [
        { cursor: 'a', at: 't', node: { __typename: 'Comment', id: '1' } as never },
        { cursor: 'b', at: 't', node: { __typename: 'Activity', id: '1' } as never },
        { cursor: 'c', at: 't', node: { __typename: 'Deal', id: '1' } as never },
      ],
      pageInfo: { hasNextPage: false, endCursor: 'c' },
    });
    // Activity 1 and Comment 1 are different entries.
    expect(page.entries.map((e) => [e.type, e.key])).toEqual([
      ['comment', 'Comment:1'],
      ['activity', 'Activity:1'],
    ]);
    expect(toEntry({ cursor: 'x', at: 't', node: { __typename: 'CustomerChange', id: '4', action: 'a', actor: null, actorLabel: '', at: '', fields: [] } })?.type).toBe('change');
  });
});

describe('append', () => {
  it('adds the older page after what is loaded without repeating entries', () => {
    const result = append(loaded([9, 8, 7], true), loaded([7, 6, 5], false));
    expect(keys(result)).toEqual(['9', '8', '7', '6', '5']);
    expect(result.hasMore).toBe(false);
  });
});

describe('refreshWith', () => {
  it('shows a new entry on top and keeps the older loaded ones and their cursor', () => {
    // Loaded two pages of three; a new entry 10 arrives; the refresh reads the newest six.
    const before = loaded([9, 8, 7, 6, 5, 4], true);
    const fresh = loaded([10, 9, 8, 7, 6, 5], true);
    const after = refreshWith(before, fresh);
    expect(keys(after)).toEqual(['10', '9', '8', '7', '6', '5', '4']);
    expect(after.endCursor).toBe('c4');
    expect(after.hasMore).toBe(true);
  });

  it('drops an entry the server no longer returns (deleted)', () => {
    const after = refreshWith(loaded([9, 8, 7], false), loaded([9, 7], false));
    expect(keys(after)).toEqual(['9', '7']);
  });

  it('takes the fresh read when it covers everything', () => {
    const fresh = loaded([3, 2], false);
    expect(refreshWith(loaded([2, 1], true), fresh)).toBe(fresh);
  });

  it('takes the fresh read when the old entries cannot be placed after it', () => {
    const fresh = loaded([20, 19], true);
    expect(refreshWith(loaded([5, 4], true), fresh)).toBe(fresh);
  });

  it('reads again as much as is shown, within the page limits', () => {
    expect(refreshSize(loaded([1], false), 20, 100)).toBe(20);
    expect(refreshSize(loaded(Array.from({ length: 60 }, (_, i) => i), true), 20, 100)).toBe(60);
    expect(refreshSize(loaded(Array.from({ length: 140 }, (_, i) => i), true), 20, 100)).toBe(100);
  });
});
