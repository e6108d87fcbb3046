/**
 * The dashboard's figures as the charts consume them. The GraphQL answer is mapped into these in
 * one place (dashboard/adapt.ts), so the charts and their tests do not follow every schema detail.
 * Amounts are decimal strings in `currency` (the default currency: other currencies are listed
 * apart by the server, never added in).
 */

export type Kpis = {
  wonAmount: string;
  wonCount: number;
  winRate: number | null;
  averageDealSize: string | null;
  averageCycleDays: number | null;
  openAmount: string;
  weightedAmount: string;
  /** Null when the viewer may not read the customer growth report (reports.read). */
  newCustomers: number | null;
};

export type FunnelStage = {
  stageId: string;
  name: string;
  /** open, won or lost: lost stages are not steps of the funnel (no `reached`). */
  kind: string;
  /** Deals of the period in this stage now, and their amount. */
  count: number;
  amount: string;
  /** Deals of the period that got this far (null for lost stages). */
  reached: number | null;
  /** Of the deals that reached this stage, the share that went further (null for the last). */
  conversion: number | null;
  /** Average days deals stayed in this stage (finished stays only). */
  averageDays: number | null;
};

export type MonthAmount = { month: string; amount: string; target: string | null; count: number };

export type PersonAmount = { id: string; name: string; amount: string; target: string | null; count: number };

export type GrowthPoint = { month: string; source: string; count: number };

export type ActivityRow = {
  userId: string;
  name: string;
  calls: number;
  meetings: number;
  notes: number;
  emails: number;
  tasksDone: number;
  tasksOverdue: number;
};

export type AtRiskCustomer = {
  id: string;
  name: string;
  owner: string | null;
  lastActivityAt: string | null;
  idleDays: number;
};

export type OtherCurrency = { currency: string; amount: string };

export type DashboardData = {
  currency: string;
  kpis: Kpis;
  funnel: FunnelStage[];
  forecast: MonthAmount[];
  revenueByMonth: MonthAmount[];
  revenueByOwner: PersonAmount[];
  revenueByTeam: PersonAmount[];
  growth: GrowthPoint[];
  activity: ActivityRow[];
  otherCurrencies: OtherCurrency[];
};
