import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CancelDeskDataProvider } from '../dataProvider.ts';

/**
 * Live queue counts. Refreshed every 30 s, on window focus, and whenever
 * react-admin refreshes (its refresh button invalidates every query).
 * With a search `q`, the matches per tab.
 */
export const useRequestCounts = (enabled = true, q?: string) => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const search = q?.trim() || undefined;
  return useQuery({
    queryKey: search ? ['requests', 'counts', search] : ['requests', 'counts'],
    queryFn: () => dataProvider.getRequestCounts(search),
    refetchInterval: 30_000,
    staleTime: 10_000,
    enabled,
  });
};
