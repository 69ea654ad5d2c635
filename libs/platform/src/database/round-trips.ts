import type { Client } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { preparedStatements } from './trip-script';

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
 * is committed then. Any error rolls it back. A trip is one query of the simple protocol, which carries no
 * parameters: each statement goes as EXECUTE of a statement the connection prepared (`PREPARE`, in the trip that first
 * sends it), its values written in as literals (`literal`). So Postgres parses and plans a statement of a round trip
 * once per connection, not at every trip, where planning the batch statements cost it about a third of its CPU.
 * Statement texts must be constant (their values vary, not their text) and every parameter must have a type Postgres
 * can tell (a cast, `$2::uuid[]`, or its place, `id = $2`).
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
    const opening = state === 'new';
    if (opening) await preparedStatements.checkAfterFailure(client);
    // built before the transaction is: a statement refused (its values) leaves nothing begun
    const built = preparedStatements.script(client, statements, { begin: opening, commit: end });
    if (opening) {
      // TypeORM's own bookkeeping of an open transaction (other work through `manager` nests in it), the BEGIN
      // itself left to this trip
      await withoutBegin(runner, () => runner.startTransaction());
      state = 'open';
    }
    let sent: unknown;
    try {
      sent = await client.query(built.script.join(';\n'));
    } catch (error) {
      preparedStatements.failed(client, built, error);
      throw error;
    }
    preparedStatements.sent(client, built);
    // one result per statement of the script (a lone statement: the result itself)
    const all = (Array.isArray(sent) ? sent : [sent]) as { rows: Record<string, unknown>[] }[];
    if (end) {
      await withoutBegin(runner, () => runner.commitTransaction());
      state = 'ended';
    }
    return built.results.map((k) => all[k].rows);
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
