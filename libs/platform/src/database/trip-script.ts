import { type Client, DatabaseError } from 'pg';
import { statementName } from './prepared-query';
import type { Statement } from './round-trips';

/**
 * A connection plans a statement again after it has run it 8, 16, 32… times, then every 1,024 runs, and when its
 * plan is older than REPLAN_AFTER_MS. Its plan is generic (GENERIC_PLANS), made from the tables as they were then:
 * one made while a table was nearly empty hashed all of a factory's packed packages where an index finds the one
 * wanted, and such a plan must not serve many more runs than were made before it.
 */
const FIRST_REPLAN = 8;
const REPLAN_EVERY = 1024;
const REPLAN_AFTER_MS = 10 * 60_000;
/** For the rest of the trip, generic plans; the transaction's own mode kept, and given back by USUAL_PLANS. */
const GENERIC_PLANS = `SELECT set_config('mendao.plan_cache_mode', current_setting('plan_cache_mode'), true),
                              set_config('plan_cache_mode', 'force_generic_plan', true)`;
const USUAL_PLANS = `SELECT set_config('plan_cache_mode', current_setting('mendao.plan_cache_mode'), true)`;

/** A statement's name on every connection, and the number of values its text takes. */
interface Known {
  name: string;
  params: number;
}

/** A statement a connection has prepared: its runs since it was first prepared there, and when it was planned. */
interface Prepared {
  runs: number;
  replanAt: number;
  at: number;
}

const known = new Map<string, Known>();

function knownOf(text: string): Known {
  let k = known.get(text);
  if (!k) {
    let params = 0;
    for (const [, n] of text.matchAll(/\$(\d+)/g)) params = Math.max(params, Number(n));
    k = { name: statementName('rt', text), params };
    known.set(text, k);
  }
  return k;
}

/** A trip's script, the place in it of each statement's result, and what the connection holds once it is sent. */
interface TripScript {
  script: string[];
  results: number[];
  names: string[];
  after: Map<string, Prepared>;
}

/**
 * Which round-trip statements each connection has prepared, and the script of a trip: its statements as EXECUTE
 * of prepared ones, with the PREPARE of those the connection has not prepared yet (or plans again) before them.
 * What a connection holds is written down once its trip has been sent (`sent`), never before.
 */
class PreparedStatements {
  private readonly on = new WeakMap<Client, Map<string, Prepared>>();
  /** Connections a failed trip left unsure of: its PREPAREs may or may not have run before the error. */
  private readonly unsure = new WeakSet<Client>();
  /** Per connection, statements whose plan a failed trip found out of date (a migration changed a column's type). */
  private readonly outdated = new WeakMap<Client, string[]>();

  /**
   * The trip's script (BEGIN and COMMIT when asked). Refuses, before anything is sent or written down, a statement
   * whose values do not match the parameters its text names or cannot be written as literals.
   */
  script(client: Client, statements: Statement[], { begin, commit }: { begin: boolean; commit: boolean }): TripScript {
    const after = new Map(this.on.get(client));
    // generic plans at once: Postgres would otherwise plan each of the first five runs after a PREPARE for its
    // values, which these statements (keys in a JSON input) gain nothing from; other work in the transaction keeps
    // its mode
    const script = [...(begin ? ['BEGIN'] : []), ...(statements.length > 0 ? [GENERIC_PLANS] : [])];
    const results: number[] = [];
    const names: string[] = [];
    const now = Date.now();
    for (const { text, values } of statements) {
      const { name, params } = knownOf(text);
      if (values.length !== params)
        throw new Error(`statement uses $${params} but has ${values.length} values: ${text.slice(0, 80)}`);
      const execute = values.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${values.map(literal).join(', ')})`;
      let p = after.get(name);
      if (!p || p.runs >= p.replanAt || now - p.at > REPLAN_AFTER_MS) {
        if (p) script.push(`DEALLOCATE ${name}`);
        script.push(`PREPARE ${name} AS ${text}`);
        const runs = p?.runs ?? 0;
        p = { runs, replanAt: runs < REPLAN_EVERY ? Math.max(FIRST_REPLAN, runs * 2) : runs + REPLAN_EVERY, at: now };
      }
      after.set(name, { ...p, runs: p.runs + 1 });
      names.push(name);
      results.push(script.length);
      script.push(execute);
    }
    if (commit) script.push('COMMIT');
    else if (statements.length > 0) script.push(USUAL_PLANS);
    return { script, results, names, after };
  }

  /** The trip was sent and answered: the connection holds what its script prepared. */
  sent(client: Client, trip: TripScript): void {
    this.on.set(client, trip.after);
  }

  /**
   * The trip failed: when it prepared or deallocated anything, what the connection holds is known again only by
   * asking it; a plan whose result type a migration changed is prepared anew.
   */
  failed(client: Client, trip: TripScript, error: unknown): void {
    const outdated = error instanceof DatabaseError && error.code === '0A000' && /result type/.test(error.message);
    if (outdated) this.outdated.set(client, [...(this.outdated.get(client) ?? []), ...trip.names]);
    if (outdated || trip.script.some((s) => s.startsWith('PREPARE ') || s.startsWith('DEALLOCATE ')))
      this.unsure.add(client);
  }

  /**
   * Before a connection's next transaction, after a failed trip: its out-of-date statements deallocated, and what it
   * holds written down as Postgres lists it (a statement prepared before the failure is kept, as if at its first run).
   */
  async checkAfterFailure(client: Client): Promise<void> {
    if (!this.unsure.has(client)) return;
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'rt\\_%'`,
    );
    const outdated = new Set(this.outdated.get(client) ?? []);
    const prepared = this.on.get(client) ?? new Map<string, Prepared>();
    const there = new Map<string, Prepared>();
    for (const { name } of rows) {
      if (outdated.has(name)) await client.query(`DEALLOCATE ${name}`);
      else there.set(name, prepared.get(name) ?? { runs: 0, replanAt: FIRST_REPLAN, at: Date.now() });
    }
    this.on.set(client, there);
    this.outdated.delete(client);
    this.unsure.delete(client);
  }
}

export const preparedStatements = new PreparedStatements();

/**
 * A value as a literal of an EXECUTE's list: strings quoted (quotes doubled, and backslashes in an E'' literal:
 * safe whatever the string holds), numbers as they are (in brackets when negative), booleans as they are, Dates as
 * ISO text, arrays as array literals ('{…}', which take the parameter's type as any quoted literal does), other
 * objects as JSON text, null and undefined as NULL. Postgres converts each to its parameter's type, as it does a
 * value bound to a parameter.
 */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a literal`);
    return value < 0 ? `(${value})` : String(value);
  }
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : value.toString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return quoted(value.toISOString());
  if (Array.isArray(value)) return quoted(arrayText(value));
  return quoted(JSON.stringify(value));
}

/** An array's text as Postgres reads an array literal: every element double-quoted, NULL bare. */
function arrayText(values: readonly unknown[]): string {
  const element = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayText(value);
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
          ? String(value)
          : value instanceof Date
            ? value.toISOString()
            : JSON.stringify(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(',')}}`;
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
