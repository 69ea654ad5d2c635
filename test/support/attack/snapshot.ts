import { Client } from 'pg';

/** Tables of login attempts (the throttle's), should one carry a factory: see FactoryRows. */
const LOGIN_ATTEMPTS = ['login_failure'];

/**
 * One hash per business table of a factory's rows: every table with a factory_id column (found in
 * information_schema, so a new table is covered) plus the factory's own row.
 *
 * Left out: login attempts. A failed login names a factory, and recording it against that factory is the
 * contract (its admin sees who tried), so a stranger's login attempt may add a login_failure or an audit
 * row of a login (its action names the routed path, however the request spelled it); every other audit
 * row is still compared.
 */
export class FactoryRows {
  private constructor(
    private readonly client: Client,
    readonly tables: string[],
  ) {}

  static async open(databaseUrl: string): Promise<FactoryRows> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'factory_id' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name`,
    );
    return new FactoryRows(
      client,
      rows.map((r) => r.table_name).filter((t) => !LOGIN_ATTEMPTS.includes(t)),
    );
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  async snapshot(factoryId: string): Promise<Map<string, { rows: number; hash: string }>> {
    const out = new Map<string, { rows: number; hash: string }>();
    for (const table of [...this.tables, 'factory']) {
      const where =
        table === 'factory'
          ? 'id = $1'
          : table === 'audit_log'
            ? `factory_id = $1 AND NOT (action LIKE '%/auth/login' OR path LIKE '%/auth/login%')`
            : 'factory_id = $1';
      const { rows } = await this.client.query<{ n: number; hash: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS hash
           FROM "${table}" t WHERE ${where}`,
        [factoryId],
      );
      out.set(table, { rows: rows[0].n, hash: rows[0].hash ?? '' });
    }
    return out;
  }

  /** Tables of `factoryId` whose rows differ between two snapshots, with their row counts. */
  static differences(
    before: Map<string, { rows: number; hash: string }>,
    after: Map<string, { rows: number; hash: string }>,
  ): string[] {
    return [...before.keys()]
      .filter((t) => before.get(t)?.hash !== after.get(t)?.hash)
      .map((t) => `${t} (${before.get(t)?.rows} rows before, ${after.get(t)?.rows} after)`);
  }

  /** Rows of `factoryId` (outside the audit trail) that mention one of `ids`: a stored cross-factory reference. */
  async rowsMentioning(factoryId: string, ids: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const table of this.tables.filter((t) => t !== 'audit_log')) {
      const { rows } = await this.client.query<{ row: string }>(
        `SELECT t::text AS row FROM "${table}" t WHERE factory_id = $1 AND t::text LIKE ANY ($2::text[]) LIMIT 3`,
        [factoryId, ids.map((id) => `%${id}%`)],
      );
      found.push(...rows.map((r) => `${table}: ${r.row.slice(0, 300)}`));
    }
    return found;
  }

  /** Waits until no job of the factory is queued or running, so its rows hold still. */
  async settle(factoryId: string, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await this.client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM job WHERE factory_id = $1 AND status IN ('queued', 'running')`,
        [factoryId],
      );
      if (rows[0].n === 0) return;
      if (Date.now() > until) throw new Error(`jobs of factory ${factoryId} still unfinished after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
