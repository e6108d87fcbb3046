import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useKeysetList, type FetchPage } from '../../crm/shared/useKeysetList';
import { AtRiskQuery, BreakdownQuery, DashboardQuery, TeamsQuery } from '../operations';
import { adapt } from './adapt';
import type { DashboardFilters } from './filters';
import type { TeamOption } from './FilterBar';
import type { AtRiskCustomer, DashboardData } from './types';

/** The report filter of the GraphQL API for the dashboard's filters. */
export function reportFilter(filters: DashboardFilters, userId: string) {
  return {
    from: filters.from,
    to: filters.to,
    teamId: filters.scope === 'TEAM' ? filters.teamId : null,
    // "Mine" narrows the breakdowns and lists the way the server narrows the dashboard itself.
    ownerId: filters.scope === 'MINE' ? userId : null,
  };
}

type Result = { data: DashboardData | null; fetching: boolean; error: CombinedError | undefined };

/** The dashboard and, for holders of reports.read, the owner/team/growth breakdowns. */
export function useDashboard(filters: DashboardFilters, userId: string, canBreakdown: boolean): Result {
  const { i18n } = useTranslation();
  const filter = useMemo(() => reportFilter(filters, userId), [filters, userId]);
  const [dash] = useQuery({
    query: DashboardQuery,
    variables: { scope: filters.scope === 'TEAM' ? 'TEAM' : 'OWN', filter: { ...filter, ownerId: null }, atRiskDays: 30 },
    requestPolicy: 'cache-and-network',
  });
  const [breakdown] = useQuery({ query: BreakdownQuery, variables: { filter }, pause: !canBreakdown, requestPolicy: 'cache-and-network' });
  const data = useMemo(
    () =>
      dash.data
        ? adapt(dash.data.dashboard, canBreakdown ? (breakdown.data ?? null) : null, { userId, filters }, i18n.language)
        : null,
    [dash.data, breakdown.data, canBreakdown, userId, filters, i18n.language],
  );
  return { data, fetching: dash.fetching || breakdown.fetching, error: dash.error ?? breakdown.error };
}

/**
 * Teams to pick from: the teams the viewer may assign to (customers.assign), and any team the
 * reports have named (won revenue by team) since the page opened. Picking one only narrows the
 * figures; the server never widens the viewer's scope for it.
 */
export function useKnownTeams(data: DashboardData | null, canAssign: boolean): TeamOption[] {
  const [{ data: directory }] = useQuery({ query: TeamsQuery, pause: !canAssign });
  const known = useRef(new Map<string, string>());
  for (const team of directory?.assignableTeams ?? []) known.current.set(team.id, team.name);
  for (const row of data?.revenueByTeam ?? []) known.current.set(row.id, row.name);
  return [...known.current].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

const AT_RISK_PAGE = 10;

/** The at-risk list, page by page (keyset cursors from the server). */
export function useAtRisk(filters: DashboardFilters, userId: string, days: number, enabled: boolean) {
  const client = useClient();
  const filter = useMemo(() => reportFilter(filters, userId), [filters, userId]);
  const fetchPage = useCallback<FetchPage<AtRiskCustomer>>(
    async (after) => {
      if (!enabled) return { page: { nodes: [], endCursor: null, hasNext: false, total: 0 } };
      const result = await client
        .query(AtRiskQuery, { days, first: AT_RISK_PAGE, after, filter }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) return { error: result.error };
      const { edges, pageInfo, totalCount } = result.data.atRiskCustomers;
      const now = Date.now();
      const nodes = edges.map(({ node }) => {
        const since = Date.parse(node.lastActivityAt ?? node.createdAt);
        return {
          id: node.id,
          name: node.name,
          owner: node.owner?.displayName ?? null,
          lastActivityAt: node.lastActivityAt ?? null,
          idleDays: Number.isNaN(since) ? 0 : Math.floor((now - since) / 86_400_000),
        };
      });
      return { page: { nodes, endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: totalCount } };
    },
    [client, days, filter, enabled],
  );
  return useKeysetList(fetchPage);
}
