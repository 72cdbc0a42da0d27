import { maskPhone } from '../../domain/mask.ts';
import { can } from '../../domain/permissions.ts';
import { isRole } from '../access.ts';
import { enumLabel, fieldLabel, shanghaiTime, yuan, type CsvColumn, type CsvContext } from '../common/csv.ts';
import type { CancelRequest } from '../types.ts';

/**
 * The queue as a spreadsheet: the columns on screen, labels not codes, the
 * phone masked as in the holder cell, the balance in yuan. The internal note
 * only for roles that may read it.
 */
export function requestCsvColumns(ctx: CsvContext): CsvColumn<CancelRequest>[] {
  const label = (field: string) => fieldLabel(ctx, 'requests', field);
  const columns: CsvColumn<CancelRequest>[] = [
    { header: label('number'), value: (r) => r.number },
    { header: label('holderName'), value: (r) => r.holderName },
    { header: label('companyName'), value: (r) => r.companyName },
    { header: label('phone'), value: (r) => maskPhone(r.phone) },
    { header: label('accountNumber'), value: (r) => r.accountNumber },
    { header: label('accountType'), value: (r) => enumLabel(ctx, 'requests', 'accountType', r.accountType) },
    { header: label('reasonCode'), value: (r) => enumLabel(ctx, 'requests', 'reasonCode', r.reasonCode) },
    { header: label('status'), value: (r) => enumLabel(ctx, 'requests', 'status', r.status) },
    { header: label('submittedAt'), value: (r) => shanghaiTime(r.submittedAt, ctx.locale) },
    { header: label('dueAt'), value: (r) => shanghaiTime(r.dueAt, ctx.locale) },
    { header: label('slaState'), value: (r) => enumLabel(ctx, 'requests', 'slaState', r.slaState) },
    { header: label('assigneeName'), value: (r) => r.assigneeName },
    { header: label('documents'), value: (r) => `${r.documentsVerified}/${r.documentsRequired}` },
    {
      header: ctx.translate('reviewer_day.csv.yuan', { label: label('balanceFen') }),
      value: (r) => yuan(r.balanceFen),
    },
    { header: label('decidedAt'), value: (r) => shanghaiTime(r.decidedAt, ctx.locale) },
  ];
  if (can(ctx.roles.filter(isRole), 'requests.readNote')) {
    columns.push({ header: label('internalNote'), value: (r) => r.internalNote });
  }
  return columns;
}
