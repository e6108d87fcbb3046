import { describe, expect, it } from 'vitest';
import { buildTeamTree, subtreeIds, teamPath, type TeamRow } from './tree';

const team = (id: string, name: string, parentId: string | null = null): TeamRow => ({ id, name, parentId, members: [] });
const teams = [team('1', 'Sales'), team('2', 'East', '1'), team('3', 'Shanghai', '2'), team('4', 'Support'), team('5', 'Orphan', '99')];

describe('team tree', () => {
  it('nests teams under their parents', () => {
    const roots = buildTeamTree(teams);
    expect(roots.map((n) => n.team.name)).toEqual(['Sales', 'Support', 'Orphan']);
    expect(roots[0].children[0].team.name).toBe('East');
    expect(roots[0].children[0].children[0].team.name).toBe('Shanghai');
  });

  it('lists a team and everything below it (not allowed as its new parent)', () => {
    expect([...subtreeIds(teams, '1')].sort()).toEqual(['1', '2', '3']);
    expect([...subtreeIds(teams, '3')]).toEqual(['3']);
  });

  it('names a team with its ancestors', () => {
    expect(teamPath(teams, '3')).toBe('Sales / East / Shanghai');
    expect(teamPath(teams, '5')).toBe('Orphan');
  });
});
