import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CancelDeskDataProvider } from '../dataProvider.ts';

/**
 * Live queue counts. Refreshed every 30 s, on window focus, and whenever
 * react-admin refreshes (its refresh button invalidates every query).
 */
export const useRequestCounts = (enabled = true) => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  return useQuery({
    queryKey: ['requests', 'counts'],
    queryFn: () => dataProvider.getRequestCounts(),
    refetchInterval: 30_000,
    staleTime: 10_000,
    enabled,
  });
};
