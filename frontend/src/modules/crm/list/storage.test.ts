import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters';
import { columnsKey, deleteView, loadColumns, loadViews, saveColumns, saveView, viewsKey } from './storage';

afterEach(() => localStorage.clear());

describe('saved filters and columns', () => {
  it('keeps each user’s views apart', () => {
    saveView('1', { name: 'Leads', filters: { ...EMPTY_FILTERS, stages: ['lead'] } });
    expect(loadViews('1').map((v) => v.name)).toEqual(['Leads']);
    expect(loadViews('2')).toEqual([]);
    expect(viewsKey('1')).not.toBe(viewsKey('2'));
  });

  it('replaces a view of the same name and puts the newest first', () => {
    saveView('1', { name: 'A', filters: EMPTY_FILTERS });
    saveView('1', { name: 'B', filters: EMPTY_FILTERS });
    const views = saveView('1', { name: ' A ', filters: { ...EMPTY_FILTERS, levels: ['A'] } });
    expect(views.map((v) => v.name)).toEqual(['A', 'B']);
    expect(loadViews('1')[0].filters.levels).toEqual(['A']);
    expect(deleteView('1', 'A').map((v) => v.name)).toEqual(['B']);
  });

  it('survives corrupted storage', () => {
    localStorage.setItem(viewsKey('1'), '{not json');
    expect(loadViews('1')).toEqual([]);
    localStorage.setItem(viewsKey('1'), JSON.stringify([{ name: '' }, 5, { name: 'Ok', filters: { stages: 'x' } }]));
    expect(loadViews('1')).toEqual([{ name: 'Ok', filters: EMPTY_FILTERS }]);
  });

  it('remembers chosen columns, dropping ones that no longer exist', () => {
    expect(loadColumns('1', ['phone', 'stage'], ['stage'])).toEqual(['stage']);
    saveColumns('1', ['phone', 'cf:gone']);
    expect(JSON.parse(localStorage.getItem(columnsKey('1')) ?? '[]')).toEqual(['phone', 'cf:gone']);
    expect(loadColumns('1', ['phone', 'stage'], ['stage'])).toEqual(['phone']);
    saveColumns('1', ['cf:gone']);
    expect(loadColumns('1', ['phone', 'stage'], ['stage'])).toEqual(['stage']);
  });
});
