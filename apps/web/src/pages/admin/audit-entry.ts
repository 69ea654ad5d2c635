import type { Dayjs } from 'dayjs';
import type { operations } from '../../../../../clients/typescript/schema';
import type { Role } from '../../auth/session';
import type { MessageKey } from '../../i18n/catalogues';
import type { Language } from '../../i18n/i18n';
import { ROLES } from './user-rules';

/**
 * How an audit row reads to a person: `PATCH /api/v1/users/:id` is "修改用户 li.na" with the roles granted,
 * not a route and a JSON blob. Everything here is pure, so it is tested without a browser.
 */

/** An action in words: a verb phrase with the thing it acts on, a phrase of its own, or a CLI command. */
export type ActionWords = { verb: MessageKey; what: MessageKey } | { special: MessageKey } | { cli: string };

/** What the api's routes act on, by their path below /api/v1 without parameters. */
const RESOURCES: Record<string, MessageKey> = {
  users: 'audit.resource.user',
  orders: 'audit.resource.order',
  products: 'audit.resource.product',
  materials: 'audit.resource.material',
  'split-runs': 'audit.resource.splitRun',
  items: 'audit.resource.item',
  locations: 'audit.resource.location',
  'stock/moves': 'audit.resource.stockMove',
  'stock/counts': 'audit.resource.count',
  'stock/pick-lists': 'audit.resource.pickList',
  'stock/remnants': 'audit.resource.remnant',
};

/** A last path segment that names what a POST does (`/orders/:id/confirm`). */
const TAIL_VERBS: Record<string, MessageKey> = {
  confirm: 'audit.verb.confirm',
  cancel: 'audit.verb.cancel',
  activate: 'audit.verb.activate',
  deactivate: 'audit.verb.deactivate',
  close: 'audit.verb.close',
  scans: 'audit.verb.scan',
  import: 'audit.verb.import',
  preview: 'audit.verb.preview',
  issue: 'audit.verb.issue',
};

const METHOD_VERBS: Record<string, MessageKey> = {
  POST: 'audit.verb.create',
  PUT: 'audit.verb.save',
  PATCH: 'audit.verb.update',
  DELETE: 'audit.verb.delete',
};

/** Routes that are not "a verb on a thing". */
const SPECIAL: Record<string, MessageKey> = {
  'POST auth/login': 'audit.special.login',
  'POST cutting/linear': 'audit.special.cutLinear',
  'POST cutting/sheets': 'audit.special.cutSheets',
  // users are never deleted: DELETE deactivates (UsersController)
  'DELETE users/:id': 'audit.verb.deactivate',
};

/** The action (`METHOD /api/v1/route/:param`) in words, or null for a route the app has no words for. */
export function describeAction(action: string): ActionWords | null {
  if (action.startsWith('CLI ')) return { cli: action.slice('CLI '.length) };
  const match = /^([A-Z]+) \/api\/v1\/(.+)$/.exec(action);
  if (!match) return null;
  const [, method, route] = match;
  const special = SPECIAL[`${method} ${route}`];
  if (special === 'audit.verb.deactivate') return { verb: special, what: RESOURCES.users };
  if (special) return { special };
  const segments = route.split('/');
  const firstParam = segments.findIndex((segment) => segment.startsWith(':'));
  const head = (firstParam < 0 ? segments : segments.slice(0, firstParam)).join('/');
  const tail = firstParam < 0 ? [] : segments.slice(firstParam + 1).filter((s) => !s.startsWith(':'));
  if (RESOURCES[head] && tail.length === 0) {
    const verb = METHOD_VERBS[method];
    return verb ? { verb, what: RESOURCES[head] } : null;
  }
  // a verb after the thing's id (`orders/:id/confirm`), or after the collection (`orders/import`)
  const [resource, verb] =
    tail.length === 1 ? [head, tail[0]] : tail.length === 0 ? splitLast(head) : [undefined, undefined];
  if (method !== 'POST' || !resource || !verb || !RESOURCES[resource] || !TAIL_VERBS[verb]) return null;
  return { verb: TAIL_VERBS[verb], what: RESOURCES[resource] };
}

function splitLast(path: string): [string, string] | [undefined, undefined] {
  const at = path.lastIndexOf('/');
  return at < 0 ? [undefined, undefined] : [path.slice(0, at), path.slice(at + 1)];
}

type Detail = Record<string, unknown>;

function asRecord(value: unknown): Detail | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Detail) : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields of a created thing's body that name it, most telling first. */
const NAMING_FIELDS = ['orderNo', 'code', 'barcode', 'username', 'item', 'material'];

/**
 * What the request acted on, as a person would name it: the user a change was made to, a code or order number
 * from the body of a create, or the route's parameters (a UUID shortened; `full` keeps it whole).
 */
export function auditTarget(entry: {
  action: string;
  detail: unknown;
  userId: string | null;
  username: string | null;
}): { text: string; full: string } | null {
  const { action } = entry;
  const record = asRecord(entry.detail);
  if (!record) return null;
  // the user a user change was made to (noted by the api, since a manager cannot look the id up)
  if (typeof record.username === 'string') return { text: record.username, full: record.username };
  const params = asRecord(record.params);
  const values = Object.values(params ?? {}).filter((v): v is string => typeof v === 'string');
  // a refused change to oneself (an admin dropping their own admin role) was refused before it was noted
  if (entry.username && action.startsWith('PATCH /api/v1/users/') && values[0] === entry.userId)
    return { text: entry.username, full: entry.username };
  if (values.length > 0) {
    return { text: values.map((v) => (UUID.test(v) ? v.slice(0, 8) : v)).join(' / '), full: values.join(' / ') };
  }
  const body = asRecord(record.body);
  // a sign-in names its user in the user column already
  if (!body || action === 'POST /api/v1/auth/login') return null;
  const named = NAMING_FIELDS.map((field) => body[field]).find((v) => typeof v === 'string' && v !== '');
  return typeof named === 'string' ? { text: named, full: named } : null;
}

/** A change a user row recorded, in words: a key and what to fill it with. */
export type ChangeWords = { key: MessageKey; roles?: Role[]; value?: string };

function roleList(value: unknown): Role[] {
  return Array.isArray(value) ? ROLES.filter((role) => value.includes(role)) : [];
}

/** What a user change did (roles granted and revoked, deactivated, password reset…), read from the row's detail. */
export function changeWords(action: string, detail: unknown): ChangeWords[] {
  const record = asRecord(detail);
  const changes = asRecord(record?.changes);
  const words: ChangeWords[] = [];
  if (!changes) {
    // a new user: the roles it was given
    const roles = roleList(asRecord(record?.body)?.roles);
    if (action === 'POST /api/v1/users' && typeof record?.user === 'string' && roles.length > 0)
      words.push({ key: 'audit.change.roles', roles });
    return words;
  }
  const roles = asRecord(changes.roles);
  if (roles && roleList(roles.granted).length > 0)
    words.push({ key: 'audit.change.granted', roles: roleList(roles.granted) });
  if (roles && roleList(roles.revoked).length > 0)
    words.push({ key: 'audit.change.revoked', roles: roleList(roles.revoked) });
  const active = asRecord(changes.active);
  if (active?.after === true) words.push({ key: 'audit.change.activated' });
  if (active?.after === false) words.push({ key: 'audit.change.deactivated' });
  const displayName = asRecord(changes.displayName);
  if (displayName && typeof displayName.after === 'string')
    words.push({ key: 'audit.change.displayName', value: displayName.after });
  if (changes.passwordReset === true) words.push({ key: 'audit.change.passwordReset' });
  if (changes.sessionsEnded === true) words.push({ key: 'audit.change.sessionsEnded' });
  return words;
}

/** The detail as `key: value` lines (`changes.roles.granted: warehouse`), nested objects as dotted paths. */
export function detailLines(detail: unknown): { key: string; value: string }[] {
  const lines: { key: string; value: string }[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    const record = asRecord(value);
    if (record && depth < 4 && Object.keys(record).length > 0) {
      for (const [key, inner] of Object.entries(record)) walk(inner, path ? `${path}.${key}` : key, depth + 1);
      return;
    }
    lines.push({ key: path, value: valueText(value) });
  };
  if (asRecord(detail)) walk(detail, '', 0);
  return lines;
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.length === 0 ? '[]' : value.map((v) => String(v)).join(', ');
  return JSON.stringify(value);
}

/** An audit time to the second (the shell's date-time stops at minutes, too coarse for who-came-first). */
export function formatAuditTime(isoInstant: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(isoInstant));
}

export type AuditFilter = NonNullable<operations['Audit_list']['parameters']['query']>;
export type FilterValues = {
  username?: string;
  action?: string;
  outcome?: 'success' | 'failure';
  dates?: [Dayjs | null, Dayjs | null] | null;
};

/**
 * The filter form as the api takes it: blanks left out, days as whole days of the browser's time zone
 * (`since` the first day's midnight, `until` the midnight after the last day).
 */
export function toFilter(values: FilterValues): AuditFilter {
  const [from, to] = values.dates ?? [];
  return {
    ...(values.username?.trim() ? { username: values.username.trim() } : {}),
    ...(values.action?.trim() ? { action: values.action.trim() } : {}),
    ...(values.outcome ? { outcome: values.outcome } : {}),
    ...(from ? { since: from.startOf('day').toISOString() } : {}),
    ...(to ? { until: to.add(1, 'day').startOf('day').toISOString() } : {}),
  };
}
