import { downloadCSV, useLocaleState, useTranslate, type Exporter } from 'react-admin';
import type { Refund } from '../types.ts';
import { refundCsv, type RefundCsvAccount } from './refundCsv.ts';

/** The refunds list's exporter: every refund of the current filter, as refundCsv writes it. */
export const useRefundExporter = (): Exporter<Refund> => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return async (refunds, fetchRelatedRecords) => {
    const accounts = await fetchRelatedRecords<RefundCsvAccount & { id: number }>(refunds, 'accountId', 'accounts');
    downloadCSV(refundCsv(refunds, accounts, translate, locale), translate('resources.refunds.export.file'));
  };
};
