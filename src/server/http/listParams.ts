import { z, type ZodObject, type ZodRawShape } from 'zod';
import { badRequest, zodErrors } from './errors.ts';

/** The largest page a client may ask for: enough for exports, small enough to stay fast. */
export const MAX_PAGE_SIZE = 1000;

export interface ListParams<F> {
  sort: { field: string; order: 'asc' | 'desc' };
  offset: number;
  limit: number;
  filter: F;
}

function parseJson(name: string, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`${name} is not valid JSON`, { [name]: 'not valid JSON' });
  }
}

const sortSchema = z.tuple([z.string(), z.enum(['ASC', 'DESC', 'asc', 'desc'])]);
const rangeSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([from, to]) => to >= from, 'range end is before its start')
  .refine(([from, to]) => to - from < MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} rows per page`);

/**
 * Reads react-admin's simple-rest list query (`sort`, `range`, `filter`, all JSON).
 * Sort fields are a whitelist and filters a strict zod object, so nothing the
 * client writes reaches SQL except as a bound value.
 */
export function parseListParams<S extends ZodRawShape>(
  query: { sort?: string; range?: string; filter?: string; [name: string]: unknown },
  options: { sortable: readonly string[]; defaultSort: [string, 'ASC' | 'DESC']; filter: ZodObject<S> },
): ListParams<z.infer<ZodObject<S>>> {
  const unknown = Object.keys(query).filter((k) => !['sort', 'range', 'filter'].includes(k));
  if (unknown.length) throw badRequest(`unknown query parameter: ${unknown.join(', ')}`);

  const sortRaw = parseJson('sort', query.sort) ?? options.defaultSort;
  const sort = sortSchema.safeParse(sortRaw);
  if (!sort.success) throw badRequest('sort must be ["field","ASC"|"DESC"]', zodErrors(sort.error, 'sort'));
  const [field, order] = sort.data;
  if (!options.sortable.includes(field)) {
    throw badRequest(`cannot sort by "${field}"`, { sort: `sortable fields: ${options.sortable.join(', ')}` });
  }

  const rangeRaw = parseJson('range', query.range) ?? [0, 24];
  const range = rangeSchema.safeParse(rangeRaw);
  if (!range.success)
    throw badRequest('range must be [from, to] with 0 <= from <= to', zodErrors(range.error, 'range'));

  const filterRaw = parseJson('filter', query.filter) ?? {};
  const filter = options.filter.strict().safeParse(filterRaw);
  if (!filter.success) throw badRequest('invalid filter', zodErrors(filter.error, 'filter'));

  return {
    sort: { field, order: order.toLowerCase() as 'asc' | 'desc' },
    offset: range.data[0],
    limit: range.data[1] - range.data[0] + 1,
    filter: filter.data,
  };
}

/** `Content-Range: requests 0-24/319`, which ra-data-simple-rest reads for the total. */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  const end = count === 0 ? offset : offset + count - 1;
  return `${resource} ${offset}-${end}/${total}`;
}

/** Filter helper: one id or a list of ids (react-admin's getMany sends a list). */
export const idFilter = z.union([z.number().int().positive(), z.array(z.number().int().positive()).max(MAX_PAGE_SIZE)]);
export const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
