import { maskIdNumber, maskPhone } from '../../domain/mask.ts';
import type { Refund } from '../types.ts';
import { formatDateTime } from '../common/format.ts';
import { fenToYuanText } from './yuanText.ts';

type Translate = (key: string, options?: object) => string;

/** What the CSV reads from the refund's account (the API sends these masked already). */
export interface RefundCsvAccount {
  phone?: string | null;
  idNumberMasked?: string | null;
}

const cell = (value: string | number | null | undefined): string => {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const COLUMNS = [
  'id',
  'requestNumber',
  'accountNumber',
  'holderName',
  'phone',
  'idNumber',
  'amountYuan',
  'status',
  'approvals',
  'payoutReference',
  'failureReason',
  'rejectionReason',
  'createdAt',
  'paidAt',
] as const;

/**
 * The refunds as CSV for a spreadsheet: headers and statuses in the user's
 * language, amounts in yuan, times in Asia/Shanghai, phone and ID numbers
 * masked (again: masking is idempotent, so nothing full can slip through),
 * then a total line. Starts with a UTF-8 BOM so Excel reads the Chinese.
 */
export function refundCsv(
  refunds: readonly Refund[],
  accounts: Record<string, RefundCsvAccount | undefined>,
  translate: Translate,
  locale: string,
): string {
  const header = COLUMNS.map((c) => translate(`resources.refunds.export.${c}`));
  const time = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '');
  const rows = refunds.map((r) => {
    const account = accounts[String(r.accountId)];
    const values: Record<(typeof COLUMNS)[number], string | number | null> = {
      id: r.id,
      requestNumber: r.requestNumber,
      accountNumber: r.accountNumber,
      holderName: r.holderName,
      phone: account?.phone ? maskPhone(account.phone) : '',
      idNumber: account?.idNumberMasked ? maskIdNumber(account.idNumberMasked) : '',
      amountYuan: fenToYuanText(r.amountFen),
      status: translate(`resources.refunds.enums.status.${r.status}`, { _: r.status }),
      approvals: (r.approvals ?? []).map((a) => a.approverName).join(' / '),
      payoutReference: r.payoutReference,
      failureReason: r.failureReason,
      rejectionReason: r.rejectionReason,
      createdAt: time(r.createdAt),
      paidAt: time(r.paidAt),
    };
    return COLUMNS.map((c) => cell(values[c]));
  });
  const totalFen = refunds.reduce((sum, r) => sum + r.amountFen, 0);
  const total = COLUMNS.map((c) =>
    c === 'id'
      ? cell(translate('resources.refunds.export.total', { smart_count: refunds.length }))
      : c === 'amountYuan'
        ? fenToYuanText(totalFen)
        : '',
  );
  return `\uFEFF${[header.map(cell), ...rows, total].map((line) => line.join(',')).join('\r\n')}\r\n`;
}
