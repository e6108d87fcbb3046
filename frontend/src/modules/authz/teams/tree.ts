import type { AuthzTeamsQuery } from '../../../graphql/graphql';

export type TeamRow = AuthzTeamsQuery['teams'][number];
export type TeamNode = { team: TeamRow; children: TeamNode[] };

/** The flat list as a forest; a team whose parent is missing becomes a root rather than vanishing. */
export function buildTeamTree(teams: readonly TeamRow[]): TeamNode[] {
  const nodes = new Map(teams.map((team) => [team.id, { team, children: [] as TeamNode[] }]));
  const roots: TeamNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.team.parentId ? nodes.get(node.team.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** `id` and every team below it: none of them can become its parent (the server says CYCLE). */
export function subtreeIds(teams: readonly TeamRow[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of teams) {
      if (t.parentId && found.has(t.parentId) && !found.has(t.id)) {
        found.add(t.id);
        grew = true;
      }
    }
  }
  return found;
}

/** "Sales / East / Shanghai": a team's name with its ancestors, for selects. */
export function teamPath(teams: readonly TeamRow[], id: string): string {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const names: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names.join(' / ');
}
