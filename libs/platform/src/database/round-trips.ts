import type { Client } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** A statement and its values ($1, $2… in its text). */
export interface Statement {
  text: string;
  values: readonly unknown[];
}

/**
 * A transaction whose statements travel together: `send` sends several in one round trip (the first send opens the
 * transaction in the same trip), `commit` sends the last ones with the COMMIT. Under load every round trip waits its
 * turn on a busy event loop and a busy Postgres, a few milliseconds each; a batch of scans of five round trips
 * (begin, lock, decide, record, commit) spent most of its time so, and in two it spends less than half (ADR 0011).
 *
 * Each statement of a trip still runs with a snapshot of its own (READ COMMITTED), so a statement after a locking one
 * sees what the lock's holder committed, as it would a trip later. `manager` runs other work in the same transaction,
 * a trip each, once the transaction is open.
 */
export interface RoundTrips {
  /** Opens the transaction now, in a trip of its own: for work that starts through `manager`. */
  open(): Promise<void>;
  /** Sends the statements in one round trip (the first send also opens the transaction): each one's rows. */
  send(statements: Statement[]): Promise<Record<string, unknown>[][]>;
  /** Sends the statements and the COMMIT in one round trip: each one's rows. */
  commit(statements: Statement[]): Promise<Record<string, unknown>[][]>;
  /** The transaction's EntityManager: only once the transaction is open (after the first send). */
  readonly manager: EntityManager;
}

/**
 * Runs `work` in a transaction of few round trips (RoundTrips). `work` must end it with `commit`; one it leaves open
 * is committed then. Any error rolls it back. Statements go by the simple query protocol, which carries no
 * parameters: their values are written into their text as literals (`inlineValues`).
 */
export async function inRoundTrips<R>(dataSource: DataSource, work: (trips: RoundTrips) => Promise<R>): Promise<R> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as Client;
  let state = 'new' as 'new' | 'open' | 'ended';
  const trip = async (statements: Statement[], end: boolean) => {
    if (state === 'ended') throw new Error('the transaction has ended');
    // nothing was sent and nothing is to be: there is no transaction to open and commit
    if (state === 'new' && end && statements.length === 0) {
      state = 'ended';
      return [];
    }
    const texts = statements.map((s) => inlineValues(s.text, s.values));
    const opening = state === 'new';
    if (opening) {
      // TypeORM's own bookkeeping of an open transaction (other work through `manager` nests in it), the BEGIN
      // itself left to this trip
      await withoutBegin(runner, () => runner.startTransaction());
      state = 'open';
    }
    const script = [...(opening ? ['BEGIN'] : []), ...texts, ...(end ? ['COMMIT'] : [])].join(';\n');
    const sent: unknown = await client.query(script);
    // one result per statement of the script (a lone statement: the result itself)
    const results = (Array.isArray(sent) ? sent : [sent]) as { rows: Record<string, unknown>[] }[];
    if (end) {
      await withoutBegin(runner, () => runner.commitTransaction());
      state = 'ended';
    }
    return results.slice(opening ? 1 : 0, (opening ? 1 : 0) + texts.length).map((r) => r.rows);
  };
  const trips: RoundTrips = {
    open: async () => {
      if (state === 'new') await trip([], false);
    },
    send: (statements) => trip(statements, false),
    commit: (statements) => trip(statements, true),
    get manager() {
      if (state !== 'open') throw new Error('the transaction is not open: send its first statements first');
      return runner.manager;
    },
  };
  try {
    const result = await work(trips);
    if (state === 'open') await trip([], true);
    return result;
  } catch (error) {
    if (state === 'open') {
      state = 'ended';
      await runner.rollbackTransaction().catch(() => undefined);
    }
    throw error;
  } finally {
    await runner.release();
  }
}

/** Runs TypeORM's start or commit of a transaction for its bookkeeping only: its BEGIN or COMMIT is not sent. */
async function withoutBegin(runner: QueryRunner, step: () => Promise<void>): Promise<void> {
  const query = runner.query.bind(runner);
  runner.query = (async (text: string, ...rest: unknown[]) =>
    text === 'START TRANSACTION' || text === 'COMMIT'
      ? undefined
      : (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest)) as QueryRunner['query'];
  try {
    await step();
  } finally {
    runner.query = query;
  }
}

/**
 * The statement with its values written in as literals: strings quoted (quotes doubled, and backslashes in an E'' literal:
 * safe whatever the string holds), numbers as they are (in brackets when negative), booleans as they are, Dates as ISO text, arrays as ARRAY[…]
 * (or '{}' when empty: give either a cast, `$2::uuid[]`), other objects as JSON text, null and undefined as NULL.
 * `$n` must appear in the text only as a parameter, never inside a quoted string.
 */
export function inlineValues(text: string, values: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new Error(`statement uses $${n} but has ${values.length} values`);
    return literal(values[index]);
  });
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a literal`);
    // in brackets when negative: `n-$1` must not become `n--3`, a comment
    return value < 0 ? `(${value})` : String(value);
  }
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : value.toString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return quoted(value.toISOString());
  if (Array.isArray(value)) return value.length === 0 ? `'{}'` : `ARRAY[${value.map(literal).join(', ')}]`;
  return quoted(JSON.stringify(value));
}

/**
 * A string as a literal, as pg's escapeLiteral writes it (quotes doubled; with a backslash, an E'' literal with the
 * backslashes doubled too), by native replaces: pg's loop of one character at a time cost a batch of scans more than
 * its statements' own text.
 */
function quoted(text: string): string {
  const inQuotes = text.replace(/'/g, "''");
  return text.includes('\\') ? ` E'${inQuotes.replace(/\\/g, '\\\\')}'` : `'${inQuotes}'`;
}
