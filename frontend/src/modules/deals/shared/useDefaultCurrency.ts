import { useQuery } from 'urql';
import { DealsDefaultCurrencyQuery } from '../operations/board';

/** The installation's default currency (CRM_DEFAULT_CURRENCY); CNY if the server can't say. */
export function useDefaultCurrency(): { currency: string; ready: boolean } {
  const [{ data, error }] = useQuery({ query: DealsDefaultCurrencyQuery });
  return { currency: data?.dealBoard.currency ?? 'CNY', ready: data !== undefined || error !== undefined };
}
