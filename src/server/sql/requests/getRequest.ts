import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { requestRows } from './requestRows.ts';
import { toApiRequests, type ApiRequest } from './toApiRequest.ts';

export async function getRequest(db: Kysely<DB>, id: number, now: Date): Promise<ApiRequest | undefined> {
  const row = await requestRows(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [api] = await toApiRequests(db, [row], now);
  return api;
}
