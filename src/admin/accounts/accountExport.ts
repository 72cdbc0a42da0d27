import { maskEmail, maskIccid, maskPhone } from '../../domain/mask.ts';
import { enumLabel, fieldLabel, shanghaiTime, yuan, type CsvColumn, type CsvContext } from '../common/csv.ts';
import type { Account } from '../types.ts';

/** Accounts as a spreadsheet: personal data masked as every list shows it, labels not codes, yuan. */
export function accountCsvColumns(ctx: CsvContext): CsvColumn<Account>[] {
  const label = (field: string) => fieldLabel(ctx, 'accounts', field);
  return [
    { header: label('accountNumber'), value: (r) => r.accountNumber },
    { header: label('holderName'), value: (r) => r.holderName },
    { header: label('companyName'), value: (r) => r.companyName },
    { header: label('accountType'), value: (r) => enumLabel(ctx, 'accounts', 'accountType', r.accountType) },
    { header: label('idNumberMasked'), value: (r) => r.idNumberMasked },
    { header: label('phone'), value: (r) => maskPhone(r.phone) },
    { header: label('email'), value: (r) => (r.email ? maskEmail(r.email) : '') },
    { header: label('iccid'), value: (r) => maskIccid(r.iccid) },
    { header: label('planName'), value: (r) => r.planName },
    { header: label('cardKind'), value: (r) => enumLabel(ctx, 'accounts', 'cardKind', r.cardKind) },
    { header: label('status'), value: (r) => enumLabel(ctx, 'accounts', 'status', r.status) },
    {
      header: label('identityVerified'),
      value: (r) => ctx.translate(r.identityVerified ? 'app.yes' : 'app.no'),
    },
    {
      header: ctx.translate('reviewer_day.csv.yuan', { label: label('balanceFen') }),
      value: (r) => yuan(r.balanceFen),
    },
    { header: label('openedAt'), value: (r) => shanghaiTime(r.openedAt, ctx.locale, false) },
    { header: label('serviceEndedAt'), value: (r) => shanghaiTime(r.serviceEndedAt, ctx.locale, false) },
  ];
}
