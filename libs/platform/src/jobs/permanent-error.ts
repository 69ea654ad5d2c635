import { PermanentJobError } from './job-processor';

/** Why an error is one a retry cannot cure (see permanentCause). */
export type PermanentCause =
  | { kind: 'declared'; message: string }
  | { kind: 'database'; sqlState: string; message: string }
  | { kind: 'engine'; message: string };

/**
 * The one rule of the job system (and of processors that record a failure themselves) for "will the same
 * attempt fail the same way?", or null when a retry may succeed. Permanent: a PermanentJobError (the processor
 * said so); PostgreSQL's data exceptions (SQLSTATE class 22: a numeric overflow, a malformed value), integrity
 * violations (23) except a unique key (23505, which a concurrent writer may have taken and may give back), and
 * program limits (54: too many columns or arguments, a statement too complex); a RangeError (an array or string
 * too long for the engine). Everything else is retried: a lost connection, a deadlock or serialization failure,
 * a lock or statement timeout, a server shutting down, a worker thread that died.
 */
export function permanentCause(error: unknown): PermanentCause | null {
  if (error instanceof PermanentJobError) return { kind: 'declared', message: error.message };
  const code = sqlStateOf(error);
  if (code !== null && (code.startsWith('22') || code.startsWith('54') || (code.startsWith('23') && code !== '23505')))
    return { kind: 'database', sqlState: code, message: messageOf(error) };
  if (error instanceof RangeError) return { kind: 'engine', message: error.message };
  return null;
}

/** True when a retry cannot cure `error` (permanentCause is not null). */
export function isPermanent(error: unknown): boolean {
  return permanentCause(error) !== null;
}

/** The SQLSTATE of a PostgreSQL error (the driver's, or wrapped in TypeORM's `driverError`), else null. */
export function sqlStateOf(error: unknown): string | null {
  for (const candidate of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    const code = (candidate as { code?: unknown } | null)?.code;
    // five digits or capitals, at least one digit: Node's own codes (EPIPE, ECONNRESET) are not SQLSTATEs
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && /[0-9]/.test(code)) return code;
  }
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
