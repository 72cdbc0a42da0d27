import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { REFUND_TABS, otherFilters, type RefundTab } from './refundTabs.ts';

export type RefundCounts = Record<RefundTab['id'], number>;

/**
 * How many refunds each tab holds under the other filters (account, amount,
 * dates): one list call per tab asking for a single row and reading its total.
 * Refreshed every 30 s and whenever react-admin refreshes, like the request queue's.
 */
export const useRefundCounts = (filter: Record<string, unknown>) => {
  const dataProvider = useDataProvider();
  const others = otherFilters(filter);
  return useQuery({
    queryKey: ['refunds', 'counts', others],
    queryFn: async (): Promise<RefundCounts> => {
      const totals = await Promise.all(
        REFUND_TABS.map((tab) =>
          dataProvider
            .getList('refunds', {
              filter: { ...others, ...tab.filter },
              pagination: { page: 1, perPage: 1 },
              sort: { field: 'id', order: 'ASC' },
            })
            .then(({ total }) => [tab.id, total ?? 0] as const),
        ),
      );
      return Object.fromEntries(totals) as RefundCounts;
    },
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
};
