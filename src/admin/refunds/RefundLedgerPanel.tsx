import { useQuery } from '@tanstack/react-query';
import { Skeleton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import type { ApiBalanceEntry } from '../../domain/refundRecord.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { formatDateTime } from '../common/format.ts';
import { Panel } from '../common/Panel.tsx';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import type { Refund } from '../types.ts';

/**
 * The account's balance ledger (opening balance, refunds paid, adjustments),
 * oldest first with the running balance, so finance sees what this refund
 * draws on. The row of this refund's own payout is highlighted.
 */
export const RefundLedgerPanel = () => {
  const refund = useRecordContext<Refund>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const {
    data: entries,
    isPending,
    isError,
  } = useQuery({
    queryKey: ['refunds', 'ledger', refund?.id, refund?.version],
    queryFn: () => dataProvider.refundLedger(refund!.id),
    enabled: !!refund,
  });
  if (!refund) return null;
  const rows = (entries ?? []).reduce<{ entry: ApiBalanceEntry; balance: number }[]>(
    (acc, entry) => [...acc, { entry, balance: (acc.at(-1)?.balance ?? 0) + entry.amountFen }],
    [],
  );
  return (
    <Panel title={translate('resources.refunds.show.ledger')} flush>
      {isPending ? (
        <Skeleton variant="rounded" height={96} sx={{ m: 2 }} />
      ) : isError || rows.length === 0 ? (
        <EmptyState
          dense
          title={translate(isError ? 'resources.refunds.show.ledger_error' : 'resources.refunds.show.ledger_empty')}
        />
      ) : (
        <Table size="small" aria-label={translate('resources.refunds.show.ledger')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.refunds.ledger.createdAt')}</TableCell>
              <TableCell>{translate('resources.refunds.ledger.kind')}</TableCell>
              <TableCell>{translate('resources.refunds.ledger.reason')}</TableCell>
              <TableCell align="right">{translate('resources.refunds.ledger.amount')}</TableCell>
              <TableCell align="right">{translate('resources.refunds.ledger.balance')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ entry, balance }) => (
              <TableRow key={entry.id} selected={entry.refundId === refund.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt, locale)}</TableCell>
                <TableCell>{translate(`resources.refunds.ledger.kinds.${entry.kind}`, { _: entry.kind })}</TableCell>
                <TableCell>
                  {entry.refundId != null
                    ? translate('resources.refunds.show.title', { id: entry.refundId })
                    : (entry.reason ?? '')}
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {formatFen(entry.amountFen)}
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {formatFen(balance)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
