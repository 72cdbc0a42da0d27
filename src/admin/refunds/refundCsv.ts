import { maskIdNumber, maskPhone } from '../../domain/mask.ts';
import type { Refund } from '../types.ts';
import { csvCell, shanghaiTime, toCsv, yuan, type CsvColumn } from '../common/csv.ts';

type Translate = (key: string, options?: object) => string;

/** What the CSV reads from the refund's account (the API sends these masked already). */
export interface RefundCsvAccount {
  phone?: string | null;
  idNumberMasked?: string | null;
}

type AccountsById = Record<string, RefundCsvAccount | undefined>;

const COLUMNS: Record<string, (r: Refund, accounts: AccountsById, translate: Translate, locale: string) => unknown> = {
  id: (r) => r.id,
  requestNumber: (r) => r.requestNumber,
  accountNumber: (r) => r.accountNumber,
  holderName: (r) => r.holderName,
  phone: (r, a) => {
    const phone = a[String(r.accountId)]?.phone;
    return phone ? maskPhone(phone) : '';
  },
  idNumber: (r, a) => {
    const id = a[String(r.accountId)]?.idNumberMasked;
    return id ? maskIdNumber(id) : '';
  },
  amountYuan: (r) => yuan(r.amountFen),
  status: (r, _a, translate) => translate(`resources.refunds.enums.status.${r.status}`, { _: r.status }),
  approvals: (r) => (r.approvals ?? []).map((a) => a.approverName).join(' / '),
  payoutReference: (r) => r.payoutReference,
  failureReason: (r) => r.failureReason,
  rejectionReason: (r) => r.rejectionReason,
  createdAt: (r, _a, _t, locale) => shanghaiTime(r.createdAt, locale),
  paidAt: (r, _a, _t, locale) => shanghaiTime(r.paidAt, locale),
};

/**
 * The refunds as CSV for a spreadsheet, through the shared writer (common/csv.ts:
 * BOM, CRLF, quoting): headers and statuses in the user's language, amounts in
 * yuan, times in Asia/Shanghai, phone and ID numbers masked (again: masking is
 * idempotent, so nothing full can slip through), then a total line.
 */
export function refundCsv(
  refunds: readonly Refund[],
  accounts: AccountsById,
  translate: Translate,
  locale: string,
): string {
  const columns: CsvColumn<Refund>[] = Object.entries(COLUMNS).map(([key, value]) => ({
    header: translate(`resources.refunds.export.${key}`),
    value: (r) => value(r, accounts, translate, locale) as string | number | null,
  }));
  const totalFen = refunds.reduce((sum, r) => sum + r.amountFen, 0);
  const total = Object.keys(COLUMNS).map((key) =>
    key === 'id'
      ? translate('resources.refunds.export.total', { smart_count: refunds.length })
      : key === 'amountYuan'
        ? yuan(totalFen)
        : '',
  );
  return `${toCsv(columns, refunds)}${total.map(csvCell).join(',')}\r\n`;
}
