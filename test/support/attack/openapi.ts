import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of an OpenAPI 3.0 schema the fuzzer reads; `$ref`s are resolved before it sees one. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** as the document writes it, e.g. `/api/v1/items/{key}` */
  route: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** the first media type the document accepts, with its resolved schema */
  body?: { mediaType: string; schema: Schema; required: boolean };
  /** statuses the document declares for the operation */
  statuses: Set<string>;
  secured: boolean;
}

interface Document {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, Schema> };
  security?: unknown[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** The committed document at the repository root, the api's contract. */
export function loadDocument(): Document {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi.json'), 'utf8')) as Document;
}

/** Every path × method of the document, so a new route is attacked without anyone listing it. */
export function operations(document: Document): Operation[] {
  const found: Operation[] = [];
  for (const [route, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
        (p: any) => resolve(document, p) as Parameter,
      );
      const content = op.requestBody ? resolve(document, op.requestBody).content : undefined;
      const mediaType = content ? Object.keys(content)[0] : undefined;
      found.push({
        method: method.toUpperCase(),
        route,
        pathParams: parameters
          .filter((p) => p.in === 'path')
          .map((p) => ({ ...p, schema: deref(document, p.schema ?? {}) })),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ ...p, schema: deref(document, p.schema ?? {}) })),
        body:
          mediaType !== undefined
            ? {
                mediaType,
                schema: deref(document, content[mediaType].schema ?? {}),
                required: op.requestBody.required === true,
              }
            : undefined,
        statuses: new Set(Object.keys(op.responses ?? {})),
        secured: (op.security ?? document.security ?? []).length > 0,
      });
    }
  }
  return found;
}

function resolve(document: Document, node: any): any {
  if (!node?.$ref) return node;
  const target = (node.$ref as string)
    .replace(/^#\//, '')
    .split('/')
    .reduce((at: any, key) => at?.[key], document);
  if (!target) throw new Error(`openapi.json: unresolved ${node.$ref}`);
  return resolve(document, target);
}

/**
 * A schema with every `$ref` replaced by its target and `allOf` merged; a schema that refers to itself
 * stops being expanded after a few levels (an open object), which is deep enough to aim at.
 */
export function deref(document: Document, schema: Schema, depth = 0): Schema {
  if (depth > 8) return { type: 'object' };
  const base: Schema = resolve(document, schema) ?? {};
  let merged: Schema = { ...base };
  if (base.allOf) {
    delete merged.allOf;
    for (const part of base.allOf) {
      const p = deref(document, part, depth + 1);
      merged = {
        ...p,
        ...merged,
        properties: { ...p.properties, ...merged.properties },
        required: [...(p.required ?? []), ...(merged.required ?? [])],
      };
    }
  }
  if (merged.properties)
    merged.properties = Object.fromEntries(
      Object.entries(merged.properties).map(([k, v]) => [k, deref(document, v, depth + 1)]),
    );
  if (merged.items) merged.items = deref(document, merged.items, depth + 1);
  for (const key of ['oneOf', 'anyOf'] as const)
    if (merged[key]) merged[key] = merged[key].map((s) => deref(document, s, depth + 1));
  if (!merged.type && merged.properties) merged.type = 'object';
  return merged;
}
