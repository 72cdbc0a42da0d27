import type { StaffActor } from '../../../domain/recordAccess.ts';
import type { ApiRefund } from '../../../domain/refundRecord.ts';
import { refundRows, type RefundDb } from './refundRows.ts';
import { toApiRefund } from './toApiRefund.ts';

export async function getRefund(db: RefundDb, id: number, actor: StaffActor): Promise<ApiRefund | undefined> {
  const row = await refundRows(db).where('f.id', '=', id).executeTakeFirst();
  return row && toApiRefund(row, actor);
}
