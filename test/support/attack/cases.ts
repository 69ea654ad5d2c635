import type { Operation, Parameter, Schema } from './openapi';
import type { Random } from './random';
import { clone, describePath, Json, PathKey, Raw, serialize, setAt, withKey } from './json';
import { multipartBodies } from './multipart';
import {
  BAD_CURSORS,
  BAD_LIMITS,
  BAD_PATH_SEGMENTS,
  BAD_QUERY_VALUES,
  CONTROL_STRINGS,
  DEEP_ARRAY,
  DEEP_OBJECT,
  EXPONENT_NUMBERS,
  HOSTILE_QUERY_SUFFIXES,
  HUGE_STRINGS,
  NUMBERS_AS_STRINGS,
  PROTOTYPE_KEYS,
  PROTOTYPE_VALUES,
  UNICODE_STRINGS,
  WRONG_TYPES,
} from './payloads';

export interface AttackCase {
  category: string;
  /** what was done to the request, e.g. `lines[0].width = 1e-7` */
  label: string;
  method: string;
  /** as sent on the wire: path and query, percent-encoded where needed */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Real rows of the attacked factory, so a request aims at something that exists. */
export interface Fixtures {
  /** a path parameter's value, by the collection segment before it (`items` → an item's id) */
  pathValues: Record<string, string>;
  /** a body or query field's value, by the field's name (`item` → an item's code) */
  fieldValues: Record<string, (rng: Random) => Json>;
  productCode: string;
  xlsx: Buffer;
}

interface Node {
  path: PathKey[];
  schema: Schema;
  value: Json;
}

type Category = () => AttackCase | undefined;

const JSON_TYPE = 'application/json';

/**
 * Makes the cases of one operation from its schemas: a valid request aimed at real rows, and that request
 * broken in one way at a time (a field of the wrong type, a number in exponent form, a 100 KB string, a
 * prototype key, a bad path or query value, a broken upload...).
 */
export class CaseMaker {
  private readonly fileField: string;
  private rotation?: [string, Category][];
  /** where the rotation of categories stands: successive calls go on from there, not from the start */
  private turn = 0;
  /** valid bodies carry every optional field, not a seeded half of them */
  private everyField = false;

  constructor(
    private readonly op: Operation,
    private readonly fixtures: Fixtures,
    private readonly rng: Random,
  ) {
    this.fileField =
      Object.entries(op.body?.schema.properties ?? {}).find(([, s]) => s.format === 'binary')?.[0] ?? 'file';
  }

  /**
   * `budget` cases, taking the categories in turn (so every kind of attack appears before any repeats);
   * `validShare` of them are valid requests (what another factory sends at this factory's rows).
   */
  cases(budget: number, validShare = 0): AttackCase[] {
    const categories = (this.rotation ??= this.categories());
    const out: AttackCase[] = [];
    for (let attempts = 0; out.length < budget && attempts < budget * 4; attempts++) {
      const useValid = this.rng.chance(validShare);
      const [name, make] = useValid ? ['valid', () => this.valid()] : categories[this.turn++ % categories.length];
      const made = make();
      if (made) out.push({ ...made, category: name });
    }
    return out;
  }

  private categories(): [string, Category][] {
    const list: [string, Category][] = [['valid', () => this.valid()]];
    const body = this.op.body;
    if (body?.mediaType.startsWith('multipart/')) {
      const uploads = multipartBodies(this.rng, this.fileField, this.fixtures.xlsx, this.fixtures.productCode);
      let next = 0;
      // every broken upload before any repeats, in a seeded order
      const order = this.rng.shuffle(uploads.map((_, i) => i));
      for (let i = 0; i < 3; i++)
        list.push([
          'multipart',
          () => {
            const u = uploads[order[next++ % order.length]];
            return this.request(u.label, { contentType: u.contentType, body: u.body });
          },
        ]);
      list.push(['badJson', () => this.badJson()]);
    } else if (body) {
      list.push(
        ['wrongType', () => this.wrongType()],
        ['missingRequired', () => this.missingRequired()],
        ['extraField', () => this.extraField()],
        ['null', () => this.nullValue()],
        ['shapeSwap', () => this.shapeSwap()],
        ['deepNesting', () => this.deepNesting()],
        ['exponentNumber', () => this.exponent()],
        ['boundaryNumber', () => this.boundary()],
        ['hugeString', () => this.hugeString()],
        ['hugeArray', () => this.hugeArray()],
        ['unicode', () => this.strings(UNICODE_STRINGS, 'unicode')],
        ['controlChars', () => this.strings(CONTROL_STRINGS, 'control')],
        ['prototypeKey', () => this.prototypeKey()],
        ['badJson', () => this.badJson()],
      );
    } else {
      list.push(['unexpectedBody', () => this.unexpectedBody()]);
    }
    if (this.op.pathParams.length > 0) list.push(['badPath', () => this.badPath()], ['badPath', () => this.badPath()]);
    list.push(['badQuery', () => this.badQuery()], ['encodedRoute', () => this.encodedRoute()]);
    if (this.op.queryParams.length > 0) list.push(['badQuery', () => this.badQuery()]);
    return list;
  }

  // ---- the request and its valid parts

  private request(
    label: string,
    options: { body?: Buffer | string; contentType?: string; path?: Record<string, string>; query?: string } = {},
  ): AttackCase {
    let path = this.op.route;
    for (const p of this.op.pathParams)
      path = path.replace(`{${p.name}}`, options.path?.[p.name] ?? encodeURIComponent(this.pathValue(p)));
    const query = options.query ?? this.validQuery();
    if (query) path += `?${query}`;
    const headers: Record<string, string> = {};
    if (options.contentType !== undefined) headers['content-type'] = options.contentType;
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    return { category: '', label, method: this.op.method, path, headers, body };
  }

  private jsonRequest(label: string, value: Json | undefined): AttackCase {
    return this.request(label, {
      body: value === undefined ? '' : serialize(value),
      contentType: JSON_TYPE,
    });
  }

  private pathValue(p: Parameter): string {
    const segments = this.op.route.split('/');
    const at = segments.findIndex((s) => s.includes(`{${p.name}}`));
    const collection = segments[at - 1];
    return this.fixtures.pathValues[collection] ?? (p.schema.format === 'uuid' ? this.rng.uuid() : 'ATK-NONE');
  }

  private validQuery(): string {
    return this.op.queryParams
      .filter((p) => p.required || this.rng.chance(0.3))
      .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(queryText(this.validValue(p.schema, p.name)))}`)
      .join('&');
  }

  private validBody(): Json | undefined {
    if (!this.op.body) return undefined;
    return this.validValue(this.op.body.schema, '');
  }

  private validValue(schema: Schema, name: string, depth = 0): Json {
    const fixture = this.fixtures.fieldValues[name];
    if (fixture) return fixture(this.rng);
    if (schema.enum) return this.rng.pick(schema.enum) as Json;
    switch (schema.type) {
      case 'object':
      case undefined: {
        if (!schema.properties) return (schema.example as Json) ?? {};
        let value: { [key: string]: Json } = Object.create(null);
        for (const [key, s] of Object.entries(schema.properties))
          if (schema.required?.includes(key) || (depth < 4 && (this.everyField || this.rng.chance(0.5))))
            value = withKey(value, key, this.validValue(s, key, depth + 1));
        return value;
      }
      case 'array': {
        if (schema.example !== undefined && !schema.items?.properties) return clone(schema.example as Json);
        const n = Math.max(1, schema.minItems ?? 1);
        return Array.from({ length: n }, () => this.validValue(schema.items ?? {}, name, depth + 1));
      }
      case 'string':
        if (schema.example !== undefined) return schema.example as Json;
        if (schema.format === 'uuid') return this.rng.uuid();
        if (schema.format === 'date-time') return '2026-12-01T08:00:00Z';
        if (schema.format === 'date') return '2026-12-20';
        return 'ATK'.padEnd(schema.minLength ?? 3, 'x');
      case 'integer':
      case 'number':
        if (schema.example !== undefined) return schema.example as Json;
        if (schema.default !== undefined) return schema.default as Json;
        return schema.minimum !== undefined ? schema.minimum + 1 : 1;
      case 'boolean':
        return this.rng.chance(0.5);
      default:
        return (schema.example as Json) ?? null;
    }
  }

  /**
   * A valid body with every field, then each field in turn set to null (at most `limit`): an optional
   * field sent as null is the input most often let through to code that expects a value or nothing.
   */
  nullEachField(limit: number): AttackCase[] {
    if (!this.op.body || this.op.body.mediaType.startsWith('multipart/')) return [];
    this.everyField = true;
    const found = this.nodes();
    this.everyField = false;
    if (!found) return [];
    return found.nodes
      .filter((n) => n.path.length > 0 && n.value !== null)
      .slice(0, limit)
      .map((n) => ({
        ...this.jsonRequest(`${describePath(n.path)} = null`, setAt(found.body, n.path, null)),
        category: 'nullEachField',
      }));
  }

  /** The nodes of a valid body, each with its schema. */
  private nodes(): { body: Json; nodes: Node[] } | undefined {
    const body = this.validBody();
    if (body === undefined || !this.op.body) return undefined;
    const nodes: Node[] = [];
    const walk = (value: Json, schema: Schema, path: PathKey[]) => {
      nodes.push({ path, schema, value });
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, schema.items ?? {}, [...path, i]));
      else if (value !== null && typeof value === 'object' && !(value instanceof Raw))
        for (const key of Object.keys(value)) walk(value[key], schema.properties?.[key] ?? {}, [...path, key]);
    };
    walk(body, this.op.body.schema, []);
    return { body, nodes };
  }

  private mutate(filter: (n: Node) => boolean, make: (n: Node) => Json | undefined, label: (n: Node) => string) {
    const found = this.nodes();
    if (!found) return undefined;
    const candidates = found.nodes.filter(filter);
    if (candidates.length === 0) return undefined;
    const node = this.rng.pick(candidates);
    const value = make(node);
    return this.jsonRequest(`${describePath(node.path)} ${label(node)}`, setAt(found.body, node.path, value));
  }

  // ---- categories

  private valid(): AttackCase {
    if (this.op.body?.mediaType.startsWith('multipart/')) {
      const [good] = multipartBodies(this.rng, this.fileField, this.fixtures.xlsx, this.fixtures.productCode).filter(
        (u) => u.label === 'quoted boundary',
      );
      return this.request('a valid upload', { contentType: good.contentType, body: good.body });
    }
    const body = this.validBody();
    return body === undefined ? this.request('valid, no body') : this.jsonRequest('valid', body);
  }

  private wrongType() {
    return this.mutate(
      (n) => n.path.length > 0,
      (n) => {
        const wanted = n.schema.type;
        const others = WRONG_TYPES.filter(
          (v) => jsonType(v) !== wanted && !(wanted === 'integer' && jsonType(v) === 'number'),
        );
        return this.rng.pick(others) as Json;
      },
      (n) => `given a wrong type (${n.schema.type ?? 'any'} expected)`,
    );
  }

  private missingRequired() {
    return this.mutate(
      (n) => (n.schema.required?.length ?? 0) > 0 && isObject(n.value),
      (n) => {
        const required = n.schema.required ?? [];
        let copy = Object.create(null) as { [key: string]: Json };
        const drop = this.rng.pick(required);
        for (const key of Object.keys(n.value as object))
          if (key !== drop) copy = withKey(copy, key, (n.value as any)[key]);
        return copy;
      },
      () => 'without one required field',
    );
  }

  private extraField() {
    return this.mutate(
      (n) => isObject(n.value),
      (n) =>
        withKey(
          n.value as { [key: string]: Json },
          this.rng.pick(['unexpected', 'factoryId', 'id', 'isAdmin', 'roles']),
          this.rng.pick(['x', 1, true, null, { factoryId: this.rng.uuid() }, ['admin']] as Json[]),
        ),
      () => 'with an extra field',
    );
  }

  private nullValue() {
    if (this.rng.chance(0.3)) return this.jsonRequest('body = null', null);
    return this.mutate(
      (n) => n.path.length > 0,
      () => null,
      () => '= null',
    );
  }

  private shapeSwap() {
    const found = this.nodes();
    if (!found) return undefined;
    const pick = this.rng.int(4);
    if (pick === 0) return this.jsonRequest('body wrapped in an array', [found.body]);
    if (pick === 1) return this.jsonRequest('body = a string', 'body');
    return this.mutate(
      (n) => n.path.length > 0 && (isObject(n.value) || Array.isArray(n.value)),
      (n) => (Array.isArray(n.value) ? (n.value[0] ?? { x: 1 }) : [n.value]),
      (n) => (Array.isArray(n.value) ? 'an object where an array is expected' : 'an array where an object is expected'),
    );
  }

  private deepNesting() {
    const deep = this.rng.chance(0.7) ? DEEP_ARRAY : DEEP_OBJECT;
    const kind = deep === DEEP_ARRAY ? '3,000-deep array' : '3,000-deep object';
    if (this.rng.chance(0.4)) return this.jsonRequest(`body = ${kind}`, deep);
    return this.mutate(
      (n) => n.path.length > 0,
      () => deep,
      () => `= ${kind}`,
    );
  }

  private exponent() {
    const value = this.rng.chance(0.8) ? this.rng.pick(EXPONENT_NUMBERS) : this.rng.pick(NUMBERS_AS_STRINGS);
    const shown = value instanceof Raw ? value.text : JSON.stringify(value);
    return (
      this.mutate(
        (n) => n.schema.type === 'number' || n.schema.type === 'integer',
        () => value,
        () => `= ${shown}`,
      ) ??
      this.mutate(
        (n) => n.path.length > 0,
        () => value,
        () => `= ${shown}`,
      )
    );
  }

  private boundary() {
    return this.mutate(
      (n) => n.schema.type === 'number' || n.schema.type === 'integer',
      (n) => {
        const s = n.schema;
        const options = [-1, 0, 0.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e15];
        if (s.minimum !== undefined) options.push(s.minimum - 1, s.minimum);
        if (s.maximum !== undefined) options.push(s.maximum + 1, s.maximum);
        return this.rng.pick(options);
      },
      () => '= a boundary number',
    );
  }

  private hugeString() {
    const value = this.rng.pick(HUGE_STRINGS());
    return (
      this.mutate(
        (n) => n.schema.type === 'string' || typeof n.value === 'string',
        () => value,
        () => `= a ${Math.round(Buffer.byteLength(value) / 1024)} KB string`,
      ) ??
      this.mutate(
        (n) => n.path.length > 0,
        () => value,
        () => '= a 100 KB string',
      )
    );
  }

  private hugeArray() {
    return this.mutate(
      (n) => n.path.length > 0,
      (n) => {
        if (Array.isArray(n.value) && n.value.length > 0) {
          const each = Buffer.byteLength(serialize(n.value[0])) + 1;
          return Array.from({ length: Math.min(20_000, Math.floor(900_000 / each)) }, () =>
            clone((n.value as Json[])[0]),
          );
        }
        return Array.from({ length: 50_000 }, (_, i) => i);
      },
      (n) => (Array.isArray(n.value) ? '× many (up to 900 KB)' : '= an array of 50,000 numbers'),
    );
  }

  private strings(pool: string[], what: string) {
    const value = this.rng.pick(pool);
    const key = this.rng.chance(0.15);
    if (key) {
      const found = this.nodes();
      if (found && isObject(found.body))
        return this.jsonRequest(
          `a ${what} key ${JSON.stringify(value).slice(0, 40)}`,
          withKey(found.body as any, value, 1),
        );
    }
    return this.mutate(
      (n) => n.schema.type === 'string' || (n.path.length > 0 && typeof n.value === 'string'),
      () => value,
      () => `= ${JSON.stringify(value).slice(0, 60)}`,
    );
  }

  private prototypeKey() {
    const key = this.rng.pick(PROTOTYPE_KEYS);
    const value = this.rng.pick(PROTOTYPE_VALUES) as Json;
    return this.mutate(
      (n) => isObject(n.value),
      (n) => withKey(n.value as { [key: string]: Json }, key, value),
      () => `with own key ${key} = ${JSON.stringify(value)}`,
    );
  }

  private badJson() {
    const body = this.validBody();
    const text = body === undefined ? '{"a":1}' : serialize(body);
    const variants: [string, string | Buffer, string][] = [
      ['truncated JSON', text.slice(0, Math.max(1, text.length >> 1)), JSON_TYPE],
      ['trailing garbage', `${text}}}`, JSON_TYPE],
      ['single quotes', text.replace(/"/g, "'"), JSON_TYPE],
      ['a BOM before the JSON', `\uFEFF${text}`, JSON_TYPE],
      ['only whitespace', '   \n ', JSON_TYPE],
      ['JSON as text/plain', text, 'text/plain'],
      ['JSON as application/xml', '<a>1</a>', 'application/xml'],
      [
        'form-urlencoded with prototype keys',
        '__proto__[x]=1&constructor[prototype][y]=2',
        'application/x-www-form-urlencoded',
      ],
      ['no content type', text, ''],
      ['charset utf-16', text, 'application/json; charset=utf-16'],
      [
        'invalid UTF-8',
        Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from('"}')]),
        JSON_TYPE,
      ],
      ['duplicate keys', text.replace(/^\{/, '{"a":1,"a":2,'), JSON_TYPE],
      ['a lone NUL byte', '\u0000', JSON_TYPE],
      ['JSON with a raw NUL inside a string', text.replace(/"([^"]*)"/, '"$1\u0000"'), JSON_TYPE],
      ['content-type json+garbage parameters', text, 'application/json; x=' + 'y'.repeat(2000)],
      ['application/problem+json', text, 'application/problem+json'],
    ];
    const [label, raw, type] = this.rng.pick(variants);
    return this.request(label, { body: raw, contentType: type === '' ? undefined : type });
  }

  private unexpectedBody() {
    const variants: [string, string, string][] = [
      ['an unexpected JSON body', '{"unexpected":true,"__proto__":{"x":1}}', JSON_TYPE],
      ['an unexpected 3,000-deep body', DEEP_ARRAY.text, JSON_TYPE],
      ['an unexpected 100 KB body', JSON.stringify({ a: 'A'.repeat(100_000) }), JSON_TYPE],
      ['an unexpected broken body', '{"a":', JSON_TYPE],
      ['an unexpected text body', 'hello', 'text/plain'],
    ];
    const [label, body, contentType] = this.rng.pick(variants);
    return this.request(label, { body, contentType });
  }

  private badPath() {
    const param = this.rng.pick(this.op.pathParams);
    const value = this.rng.pick(BAD_PATH_SEGMENTS);
    return this.request(`path ${param.name} = ${value.slice(0, 60)}`, {
      path: { [param.name]: value },
      ...this.bodyForPathCase(),
    });
  }

  /** The same route with a letter of a fixed segment percent-encoded (`/%61pi/v1/...`): one route, one answer. */
  private encodedRoute() {
    const valid = this.valid();
    const [path, query] = valid.path.split('?');
    const segments = path.split('/');
    const fixed = segments.map((s, i) => (/^[a-z]/i.test(s) && !s.includes('%') ? i : -1)).filter((i) => i > 0);
    if (fixed.length === 0) return undefined;
    const at = this.rng.pick(fixed);
    const hex = segments[at].charCodeAt(0).toString(16);
    segments[at] = `%${this.rng.chance(0.5) ? hex : hex.toUpperCase()}${segments[at].slice(1)}`;
    const encoded = segments.join('/') + (query === undefined ? '' : `?${query}`);
    return { ...valid, path: encoded, label: `route spelled ${encoded.slice(0, 60)}` };
  }

  private bodyForPathCase(): { body?: string; contentType?: string } {
    if (!this.op.body || this.op.body.mediaType.startsWith('multipart/')) return {};
    const body = this.validBody();
    return body === undefined ? {} : { body: serialize(body), contentType: JSON_TYPE };
  }

  private badQuery() {
    const params = this.op.queryParams;
    let query: string;
    let label: string;
    if (params.length === 0 || this.rng.chance(0.25)) {
      query = this.rng.pick(HOSTILE_QUERY_SUFFIXES);
      label = `query ${query.slice(0, 60)}`;
    } else {
      const param = this.rng.pick(params);
      const pool =
        param.name === 'limit' || param.schema.type === 'number' || param.schema.type === 'integer'
          ? BAD_LIMITS
          : param.name === 'cursor'
            ? BAD_CURSORS()
            : BAD_QUERY_VALUES;
      const value = this.rng.pick(pool);
      query = `${param.name}=${value}`;
      label = `query ${param.name}=${value.slice(0, 60)}`;
    }
    return this.request(label, { query, ...this.bodyForPathCase() });
  }
}

function queryText(value: Json): string {
  return typeof value === 'string' ? value : serialize(value);
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

function isObject(v: Json | undefined): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Raw);
}
