import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { PROBLEM_SCHEMA, ProblemDto, problemResponse } from './api-problems.decorator';

export const API_PREFIX = 'api/v1';

/** The global prefix; health, readiness and metrics stay at the root for probes and scrapers. */
export function applyApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'ready', 'metrics'] });
}

/** A code of the error catalogue as the document shows it. */
export interface DocumentedErrorCode {
  code: string;
  status: number;
  title: string;
  params?: readonly string[];
}

export interface OpenApiDocumentOptions {
  /** The error catalogue: becomes the enum of Problem.code and a table in the description. */
  errorCodes?: readonly DocumentedErrorCode[];
}

const DESCRIPTION = [
  'ERP/MES for wooden-door factories (门道). JSON in camelCase; ids are UUIDs; people-facing codes',
  '(orderNo, item code, location code) are accepted wherever an id is. Lists take `?limit=&cursor=` and answer',
  '`{items, nextCursor}`.',
  '',
  'Sign in with `POST /api/v1/auth/login`, then send `Authorization: Bearer <accessToken>`. Without a token',
  'every route but login, /health and /ready answers 401; with a role that does not fit, 403.',
  '',
  'Errors are `application/problem+json` (RFC 9457): see the `Problem` schema. Switch on `code`, not on `title`.',
].join('\n');

/**
 * The API's OpenAPI document: what Swagger reads from the controllers, plus the parts decorators cannot
 * say once for all routes — problem answers derived from each operation's shape (400 for input, 413 for a
 * body, 401/403/503 behind auth and 409 for its writes, 404 for a path key), the error catalogue, and a stable key order so the committed
 * openapi.json diffs readably.
 */
export function buildOpenApiDocument(app: INestApplication, options: OpenApiDocumentOptions = {}): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Mendao 门道 API')
    .setDescription(DESCRIPTION + errorCodeTable(options.errorCodes))
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) if (item[method]) addDerivedProblems(item[method], method);
  }
  // the facts of `params` are also copied to the root of a problem, for older clients
  const problem = document.components?.schemas?.[PROBLEM_SCHEMA] as SchemaObject | undefined;
  if (problem) problem.additionalProperties = true;
  if (options.errorCodes) describeErrorCodes(document, options.errorCodes);
  return sortDocument(document);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function operationsOf(item: PathItemObject): OperationObject[] {
  return METHODS.map((method) => item[method]).filter((op): op is OperationObject => op !== undefined);
}

function addDerivedProblems(operation: OperationObject, method: (typeof METHODS)[number]): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const statuses: number[] = [];
  if (operation.requestBody || parameters.some((p) => p.in === 'query')) statuses.push(400);
  // the body limit (BODY_LIMIT_BYTES) applies to every route that takes a body
  if (operation.requestBody) statuses.push(413);
  if (operation.security?.some((requirement) => 'bearer' in requirement)) {
    statuses.push(401, 403);
    // any route that reaches the database may find the pool busy or a statement past its timeout (503), and a
    // write may wait too long for a row another request holds (409 resource.locked): both retry-safe
    statuses.push(503);
    if (method !== 'get' && method !== 'head') statuses.push(409);
  }
  if (parameters.some((p) => p.in === 'path')) statuses.push(404);
  for (const status of statuses) operation.responses[String(status)] ??= problemResponse(status);
}

function errorCodeTable(codes: readonly DocumentedErrorCode[] | undefined): string {
  if (!codes || codes.length === 0) return '';
  const rows = codes.map(
    (c) => `| \`${c.code}\` | ${c.status} | ${c.title} | ${(c.params ?? []).map((p) => `\`${p}\``).join(', ')} |`,
  );
  return [
    '',
    '',
    '### Error codes',
    '',
    '| code | status | title | params |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function describeErrorCodes(document: OpenAPIObject, codes: readonly DocumentedErrorCode[]): void {
  const problem = document.components?.schemas?.[PROBLEM_SCHEMA] as SchemaObject | undefined;
  const code = problem?.properties?.code as SchemaObject | undefined;
  if (!code) throw new Error('the Problem schema has no code property');
  code.enum = codes.map((c) => c.code);
  (document as OpenAPIObject & { 'x-error-codes': unknown })['x-error-codes'] = codes.map((c) => ({
    code: c.code,
    status: c.status,
    title: c.title,
    params: [...(c.params ?? [])],
  }));
}

/** Maps whose keys are names (paths, schemas, statuses, media types) are sorted; everything else keeps code order. */
function sortDocument(document: OpenAPIObject): OpenAPIObject {
  const paths = sortKeys(document.paths);
  for (const item of Object.values(paths)) {
    for (const operation of operationsOf(item)) operation.responses = sortKeys(operation.responses);
  }
  const components = document.components ?? {};
  const sorted: Record<string, unknown> = {};
  for (const [name, group] of Object.entries(components)) sorted[name] = sortKeys(group as Record<string, unknown>);
  return { ...document, paths, components: sorted };
}

function sortKeys<T extends object>(map: T): T {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
