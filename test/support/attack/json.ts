/**
 * JSON the way an attacker writes it: `Raw` puts text into the document as is (`1e-7`, `-0`, a 3,000-deep
 * array), and an object may carry its own `__proto__` key, which JSON.stringify of a literal would drop.
 */
export class Raw {
  constructor(readonly text: string) {}
}

export type Json = null | boolean | number | string | Raw | Json[] | { [key: string]: Json };

export function serialize(value: Json): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .map((key) => `${JSON.stringify(key)}:${serialize(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** An object whose keys are all own and plain, `__proto__` included. */
export function withKey(target: { [key: string]: Json }, key: string, value: Json): { [key: string]: Json } {
  const copy: { [key: string]: Json } = Object.create(null);
  for (const k of Object.keys(target)) Object.defineProperty(copy, k, property(target[k]));
  Object.defineProperty(copy, key, property(value));
  return copy;
}

function property(value: Json): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

export type PathKey = string | number;

export function clone(value: Json): Json {
  if (value instanceof Raw || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  let copy: { [key: string]: Json } = Object.create(null);
  for (const key of Object.keys(value)) copy = withKey(copy, key, clone(value[key]));
  return copy;
}

export function getAt(root: Json, path: PathKey[]): Json | undefined {
  let at: Json | undefined = root;
  for (const key of path) {
    if (at === null || at === undefined || typeof at !== 'object' || at instanceof Raw) return undefined;
    at = (at as any)[key];
  }
  return at;
}

/** A copy of `root` with the node at `path` replaced (or removed, when `value` is undefined). */
export function setAt(root: Json, path: PathKey[], value: Json | undefined): Json | undefined {
  if (path.length === 0) return value;
  const copy = clone(root);
  const parent = getAt(copy, path.slice(0, -1)) as any;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (Array.isArray(parent)) parent[Number(last)] = value;
  else Object.defineProperty(parent, last, property(value));
  return copy;
}

export function describePath(path: PathKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(body)';
}
