import { downloadCSV, useLocaleState, useTranslate, type Exporter } from 'react-admin';
import type { Refund } from '../types.ts';
import { refundCsv, type RefundCsvAccount } from './refundCsv.ts';

/**
 * The refunds list's exporter: every refund of the current filter, as
 * refundCsv writes it. The accounts are read with one list call sized to
 * them (getMany has no range, and the API's default page would drop some).
 */
export const useRefundExporter = (): Exporter<Refund> => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return async (refunds, _fetchRelated, dataProvider) => {
    const ids = [...new Set(refunds.map((r) => r.accountId))];
    const { data } = ids.length
      ? await dataProvider.getList<RefundCsvAccount & { id: number }>('accounts', {
          filter: { id: ids },
          pagination: { page: 1, perPage: ids.length },
          sort: { field: 'id', order: 'ASC' },
        })
      : { data: [] };
    const accounts = Object.fromEntries(data.map((a) => [String(a.id), a]));
    downloadCSV(refundCsv(refunds, accounts, translate, locale), translate('resources.refunds.export.file'));
  };
};
