import { CompiledQuery, type KyselyPlugin, type QueryId, type RootOperationNode } from 'kysely';
import type { Database } from '../../src/server/db/database.ts';

/**
 * Records the SQL the app runs while `on` is set, so the bench can EXPLAIN
 * ANALYZE exactly what a request executed (same text, same parameters).
 */
export class CaptureSql implements KyselyPlugin {
  on = false;
  nodes: { node: RootOperationNode; queryId: QueryId }[] = [];
  transformQuery(args: { node: RootOperationNode; queryId: QueryId }): RootOperationNode {
    if (this.on) this.nodes.push(args);
    return args.node;
  }
  async transformResult<R>(args: { result: R }): Promise<R> {
    return args.result;
  }
  take(database: Database): CompiledQuery[] {
    const out = this.nodes.map(({ node, queryId }) => database.db.getExecutor().compileQuery(node, queryId));
    this.nodes = [];
    return out;
  }
}

/** The same database object, with queries routed through the capture plugin. */
export const withCapture = (database: Database, capture: CaptureSql): Database => ({
  ...database,
  db: database.db.withPlugin(capture),
});

// Session lookup and the (cached) calendar read are the same for every request.
const BORING = /from "sessions"|from "calendar_(years|days)"|update "sessions"/i;

export async function explainAll(database: Database, statements: CompiledQuery[]): Promise<string> {
  const out: string[] = [];
  // Kysely hands subqueries to plugins too; they show up inside their parent's plan.
  const top = statements.filter(
    (q, i) => !statements.some((o, j) => j !== i && o.sql !== q.sql && o.sql.includes(q.sql)),
  );
  for (const q of top) {
    if (BORING.test(q.sql)) continue;
    const explain = CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]);
    await database.db.executeQuery(explain); // warm
    const res = await database.db.executeQuery<{ 'QUERY PLAN': string }>(explain);
    const params = q.parameters.map((p) => JSON.stringify(p instanceof Date ? p.toISOString() : p)).join(', ');
    out.push(`  SQL: ${q.sql}\n  params: [${params}]`);
    out.push(res.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
  }
  return out.join('\n');
}
