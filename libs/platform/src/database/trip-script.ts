import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import type { Statement } from './round-trips';

/**
 * A connection plans a statement again after it has run it 8, 16, 32… times, then every 1,024 runs, and when its
 * plan is older than REPLAN_AFTER_MS. Its plan is generic (GENERIC_PLANS), made from the tables as they were then: one made while a table was nearly empty hashed all of a factory's packed
 * packages where an index finds the one wanted, and such a plan must not outlive its table's growth by much.
 */
const FIRST_REPLAN = 8;
const REPLAN_EVERY = 1024;
const REPLAN_AFTER_MS = 10 * 60_000;
const GENERIC_PLANS = 'SET LOCAL plan_cache_mode = force_generic_plan';
const USUAL_PLANS = 'SET LOCAL plan_cache_mode = DEFAULT';

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
    k = { name: `rt_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, params };
    known.set(text, k);
  }
  return k;
}

/**
 * Which round-trip statements each connection has prepared, and the script of a trip: its statements as EXECUTE
 * of prepared ones, with the PREPARE of those the connection has not prepared yet (or plans again) before them.
 */
class PreparedStatements {
  private readonly on = new WeakMap<Client, Map<string, Prepared>>();
  /** Connections a failed trip left unsure of: its PREPAREs may or may not have run before the error. */
  private readonly unsure = new WeakSet<Client>();

  /**
   * The trip's script (BEGIN and COMMIT when asked), and the place in it of each statement's result. Refuses, before
   * anything is sent, a statement whose values do not match the parameters its text names.
   */
  script(
    client: Client,
    statements: Statement[],
    { begin, commit }: { begin: boolean; commit: boolean },
  ): { script: string[]; results: number[] } {
    const prepared = this.on.get(client) ?? new Map<string, Prepared>();
    this.on.set(client, prepared);
    // generic plans at once: Postgres would otherwise plan each of the first five runs after a PREPARE for its
    // values, which these statements (keys in a JSON input) gain nothing from; other work in the transaction keeps
    // the usual mode
    const script = [...(begin ? ['BEGIN'] : []), ...(statements.length > 0 ? [GENERIC_PLANS] : [])];
    const results: number[] = [];
    const now = Date.now();
    for (const { text, values } of statements) {
      const { name, params } = knownOf(text);
      if (values.length !== params)
        throw new Error(`statement uses $${params} but has ${values.length} values: ${text.slice(0, 80)}`);
      let p = prepared.get(name);
      if (!p || p.runs >= p.replanAt || now - p.at > REPLAN_AFTER_MS) {
        if (p) script.push(`DEALLOCATE ${name}`);
        script.push(`PREPARE ${name} AS ${text}`);
        const runs = p?.runs ?? 0;
        p = { runs, replanAt: runs < REPLAN_EVERY ? Math.max(FIRST_REPLAN, runs * 2) : runs + REPLAN_EVERY, at: now };
        prepared.set(name, p);
      }
      p.runs += 1;
      results.push(script.length);
      script.push(values.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${values.map(literal).join(', ')})`);
    }
    if (commit) script.push('COMMIT');
    else if (statements.length > 0) script.push(USUAL_PLANS);
    return { script, results };
  }

  /** A trip failed: when it prepared anything, what the connection holds is known again only by asking it. */
  failed(client: Client, script: string[]): void {
    if (script.some((s) => s.startsWith('PREPARE ') || s.startsWith('DEALLOCATE '))) this.unsure.add(client);
  }

  /** Before a connection's next transaction, after a failed trip: its prepared statements, as Postgres lists them. */
  async checkAfterFailure(client: Client): Promise<void> {
    if (!this.unsure.has(client)) return;
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'rt\\_%'`,
    );
    const there = new Set(rows.map((r) => r.name));
    const prepared = this.on.get(client);
    for (const name of [...(prepared?.keys() ?? [])]) if (!there.has(name)) prepared?.delete(name);
    this.unsure.delete(client);
  }
}

export const preparedStatements = new PreparedStatements();

/**
 * A value as a literal of an EXECUTE's list: strings quoted (quotes doubled, and backslashes in an E'' literal:
 * safe whatever the string holds), numbers as they are (in brackets when negative), booleans as they are, Dates as
 * ISO text, arrays as array literals ('{…}', which take the parameter's type as any quoted literal does), other
 * objects as JSON text, null and undefined as NULL.
 */
export function literal(value: unknown): string {
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
