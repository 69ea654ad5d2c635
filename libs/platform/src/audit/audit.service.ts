import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../errors/domain.error';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { RequestTrail, TenancyContext } from '../tenancy/tenancy.context';
import { jsonbSafe, summariseBody } from './audit-detail';
import { AuditLog } from './audit-log.entity';

const AUDIT_BATCH = 500;

export type AuditEntry = Omit<AuditLog, 'id' | 'at'>;
export type AuditView = Omit<AuditLog, 'factoryId'>;
export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** What an audit list may be narrowed to; every filter given must hold. */
export interface AuditFilter {
  username?: string;
  /** a part of `action` (method and route pattern), any case */
  action?: string;
  outcome?: AuditOutcome;
  /** ISO instants: since inclusive, until exclusive */
  since?: string;
  until?: string;
}

/** A CLI command's audit row: the CLI has no request, so the row names the command and its exit status. */
export interface CommandAudit {
  command: string;
  /** The factory the command acted on (created, or added a user to); null when it never got one. */
  factoryId: string | null;
  /** 0 done, 2 refused (the CLI's exit statuses). */
  exitStatus: number;
  startedAt: number;
  detail: Record<string, unknown>;
}

/** What the audit row of a request holds besides who and where: its parameters, its body (summarised), what changed. */
interface RequestFacts {
  params: unknown;
  body: unknown;
  changes: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
  ) {}

  /** Per request in progress (keyed by its trail, so it goes with the request): see `track` and `note`. */
  private readonly facts = new WeakMap<RequestTrail, RequestFacts>();

  /** The auth guard hands over a request's parameters and body once it knows the request is audited. */
  track(trail: RequestTrail, params: unknown, body: unknown): void {
    this.facts.set(trail, { params, body, changes: {} });
  }

  /**
   * What a use case changed, for the audit row of the request in progress (the roles granted and revoked,
   * that a password was reset…): merged into the row's `detail`. Outside an HTTP request it does nothing.
   */
  note(changes: Record<string, unknown>): void {
    const trail = this.tenancy.actor()?.request;
    const facts = trail && this.facts.get(trail);
    if (facts) Object.assign(facts.changes, changes);
  }

  /**
   * The `detail` of a request's audit row: path parameters, a summary of the body without secrets
   * (see summariseBody) and what the use case noted it changed.
   */
  requestDetail(trail: RequestTrail | undefined, params: unknown, body: unknown): Record<string, unknown> {
    const facts = trail ? this.facts.get(trail) : undefined;
    const summary = summariseBody(facts?.body ?? body);
    return {
      params: facts?.params ?? params ?? {},
      ...(summary === undefined ? {} : { body: summary }),
      ...facts?.changes,
    };
  }

  /** The audit row of a CLI command (no HTTP request, no signed-in user: the operator at the shell). */
  recordCommand(command: CommandAudit): Promise<void> {
    return this.record({
      factoryId: command.factoryId,
      userId: null,
      username: null,
      action: `CLI ${command.command}`,
      path: 'cli',
      status: command.exitStatus,
      outcome: command.exitStatus === 0 ? 'success' : 'failure',
      requestId: null,
      ip: null,
      durationMs: Date.now() - command.startedAt,
      detail: command.detail,
    });
  }

  /**
   * Resolves once the entry is in the table. Entries that arrive while a write is in flight go into
   * the next one, as one multi-row insert (group commit): under a burst of scans the audit costs one
   * round trip and one commit per batch, not per request.
   */
  record(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      if (!this.writing) void this.writeBatches();
    });
  }

  /**
   * The audit row of the request in progress, for a use case that inserts it in its own statement
   * (`auditInsert`) so a scan costs one commit, not two; call `written()` once that statement committed,
   * and the HTTP layer will not write it again. Null outside an HTTP request.
   */
  currentRequestRow(status: number): { json: string; written: () => void } | null {
    const actor = this.tenancy.actor();
    const trail = actor?.request;
    if (!actor || !trail) return null;
    const entry: AuditEntry = {
      factoryId: actor.factoryId,
      userId: actor.userId ?? null,
      username: actor.username ?? null,
      action: `${trail.method} ${trail.route}`,
      path: trail.path,
      status,
      outcome: status < 400 ? 'success' : 'failure',
      requestId: trail.id,
      ip: trail.ip,
      durationMs: Date.now() - trail.startedAt,
      detail: this.requestDetail(trail, {}, undefined),
    };
    return { json: auditJson([entry]), written: () => (trail.written = true) };
  }

  private readonly pending: { entry: AuditEntry; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  private async writeBatches(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, AUDIT_BATCH);
      try {
        // one parameter (the batch as JSON) rather than a generated multi-row INSERT: cheaper to build
        await this.dataSource.query(auditInsert('$1'), [auditJson(batch.map((b) => b.entry))]);
        batch.forEach((b) => b.resolve());
      } catch {
        // one row the database refuses must not cost the others theirs: write them one by one
        for (const b of batch) {
          await this.dataSource.query(auditInsert('$1'), [auditJson([b.entry])]).then(() => b.resolve(), b.reject);
        }
      }
    }
    this.writing = false;
  }

  // audit_log is written before a factory may be known (failed logins), so it is not a FactoryOwned
  // entity; reads are still bound to the caller's factory, here explicitly.
  async list(limit: number, cursor?: string, filter: AuditFilter = {}): Promise<Page<AuditView>> {
    const after = decodeCursor(cursor, 1) as [string] | undefined;
    const since = filter.since === undefined ? undefined : new Date(filter.since);
    const until = filter.until === undefined ? undefined : new Date(filter.until);
    if (since && until && until <= since)
      throw new ValidationFailedError([{ field: 'until', message: 'must be later than since' }]);
    const query = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where('a.factoryId = :factoryId', { factoryId: this.tenancy.factoryId() })
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    if (after) query.andWhere('a.id < :after', { after: after[0] });
    if (filter.username) query.andWhere('a.username = :username', { username: filter.username });
    if (filter.action)
      query.andWhere(`a.action ILIKE :action ESCAPE '\\'`, { action: `%${escapeLike(filter.action)}%` });
    if (filter.outcome) query.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (since) query.andWhere('a.at >= :since', { since });
    if (until) query.andWhere('a.at < :until', { until });
    const page = toPage(await query.getMany(), limit, (a) => [a.id]);
    return { items: page.items.map(({ factoryId: _f, ...rest }) => rest), nextCursor: page.nextCursor };
  }
}

/** A LIKE pattern matching the text literally: its own % and _ (and the escape) are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Audit rows as the JSON array `auditInsert` reads, every string made safe for jsonb. */
function auditJson(entries: AuditEntry[]): string {
  return JSON.stringify(entries.map(toRow), (_key, value: unknown) =>
    typeof value === 'string' ? jsonbSafe(value) : value,
  );
}

function toRow(entry: AuditEntry) {
  return {
    factory_id: entry.factoryId,
    user_id: entry.userId,
    username: entry.username,
    action: entry.action,
    path: entry.path,
    status: entry.status,
    outcome: entry.outcome,
    request_id: entry.requestId,
    ip: entry.ip,
    duration_ms: entry.durationMs,
    detail: entry.detail,
  };
}

/** INSERT of audit rows given as one JSON array parameter (`param`), optionally only `onlyIf`. */
export function auditInsert(param: string, onlyIf?: string): string {
  return `INSERT INTO audit_log (factory_id, user_id, username, action, path, status, outcome, request_id, ip,
                                duration_ms, detail)
          SELECT factory_id, user_id, username, action, path, status, outcome, request_id, ip, duration_ms, detail
            FROM jsonb_to_recordset(${param}::jsonb) AS r(factory_id uuid, user_id uuid, username text, action text,
                 path text, status int, outcome text, request_id text, ip text, duration_ms int, detail jsonb)${
                   onlyIf ? `\n           WHERE ${onlyIf}` : ''
                 }`;
}
