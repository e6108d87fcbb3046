import type { TFunction } from 'i18next';
import type { Base } from '../../dashboard/drill';

/** What every spec builder needs besides its figures. */
export type SpecContext = {
  t: TFunction;
  currency: string;
  /** Filters every drill-down keeps (owner in "mine" mode, team, pipeline). */
  base: Base;
  /** The dashboard's date range, "YYYY-MM-DD". */
  from: string;
  to: string;
};
