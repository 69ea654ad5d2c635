import { errorCatalogue } from '@mendao/platform';
import type { OpenAPIObject, OperationObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOpenApiDocument } from './openapi-document';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Routes anyone may call (@Public): everything else needs a bearer token. */
const PUBLIC = ['POST /api/v1/auth/login', 'GET /health', 'GET /ready'];

interface Operation {
  name: string;
  path: string;
  operation: OperationObject;
}

function operations(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      name: `${method.toUpperCase()} ${path}`,
      path,
      operation: item[method] as OperationObject,
    })),
  );
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  let all: Operation[];

  beforeAll(async () => {
    document = await createOpenApiDocument();
    all = operations(document);
  });

  it('is built from the whole api without a database', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/stock/moves',
        'GET /api/v1/split-runs/{id}',
        'POST /api/v1/cutting/linear',
      ]),
    );
  });

  it('describes the success answer of every operation with a schema', () => {
    const undescribed = all.filter(({ operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.some(([status]) => status === '204')) return false;
      return (
        success.length === 0 ||
        success.some(([, response]) => {
          const content = response && 'content' in response ? response.content : undefined;
          return !content || Object.values(content).some((media) => !media.schema);
        })
      );
    });
    expect(undescribed.map((o) => o.name)).toEqual([]);
  });

  it('answers every error as application/problem+json with the Problem schema', () => {
    const loose = all.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => /^[45]\d\d$/.test(status))
        .filter(([, response]) => {
          const schema =
            response && 'content' in response ? response.content?.['application/problem+json']?.schema : undefined;
          return (schema as ReferenceObject | undefined)?.$ref !== '#/components/schemas/Problem';
        })
        .map(([status]) => `${name} ${status}`),
    );
    expect(loose).toEqual([]);
  });

  it('lists 401 and 403 for every route behind auth, and only login, health and ready are public', () => {
    const open = all.filter(({ operation }) => !operation.security?.length).map((o) => o.name);
    expect(open.sort()).toEqual([...PUBLIC].sort());
    const missing = all
      .filter(({ name }) => !PUBLIC.includes(name))
      .filter(({ operation }) => !operation.responses['401'] || !operation.responses['403'])
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });

  it('lists 400 for every route with a body or query, 413 for a body, and 404 for a path key', () => {
    const missing = all.flatMap(({ name, operation }) => {
      const parameters = (operation.parameters ?? []) as { in: string }[];
      const gaps: string[] = [];
      if ((operation.requestBody || parameters.some((p) => p.in === 'query')) && !operation.responses['400'])
        gaps.push(`${name} 400`);
      if (parameters.some((p) => p.in === 'path') && !operation.responses['404']) gaps.push(`${name} 404`);
      if (operation.requestBody && !operation.responses['413']) gaps.push(`${name} 413`);
      return gaps;
    });
    expect(missing).toEqual([]);
  });

  it('lists the refusals of the routes that refuse', () => {
    const statuses = (name: string) => Object.keys(all.find((o) => o.name === name)?.operation.responses ?? {});
    expect(statuses('POST /api/v1/stock/moves')).toEqual(expect.arrayContaining(['201', '200', '409', '422']));
    expect(statuses('POST /api/v1/cutting/sheets')).toEqual(expect.arrayContaining(['200', '413', '422']));
    expect(statuses('POST /api/v1/orders/import')).toEqual(expect.arrayContaining(['201', '413', '415', '422']));
    expect(statuses('POST /api/v1/split-runs')).toEqual(expect.arrayContaining(['202', '409', '422']));
  });

  it('documents the CSV and SVG exports with their media types', () => {
    const media = (path: string) => {
      const ok = document.paths[path].get?.responses['200'];
      return Object.keys((ok && 'content' in ok ? ok.content : undefined) ?? {});
    };
    expect(media('/api/v1/split-runs/{id}/cut-plans.csv')).toEqual(['text/csv']);
    expect(media('/api/v1/split-runs/{id}/cut-plans/{n}.svg')).toEqual(['image/svg+xml']);
    expect(media('/metrics')).toEqual(['text/plain']);
  });

  it('shows the error catalogue: Problem.code is an enum of every code, and x-error-codes lists them', () => {
    const catalogue = errorCatalogue();
    expect(catalogue.length).toBeGreaterThan(10);
    const problem = document.components?.schemas?.Problem as SchemaObject;
    expect((problem.properties?.code as SchemaObject).enum).toEqual(catalogue.map((c) => c.code));
    expect((document as OpenAPIObject & { 'x-error-codes': unknown })['x-error-codes']).toEqual(
      catalogue.map((c) => ({ code: c.code, status: c.status, title: c.title, params: [...(c.params ?? [])] })),
    );
    expect(document.info.description).toContain('| `stock.insufficient` | 409 |');
  });

  it('keeps paths and schemas in sorted order, so the committed file diffs readably', () => {
    const paths = Object.keys(document.paths);
    const schemas = Object.keys(document.components?.schemas ?? {});
    expect(paths).toEqual([...paths].sort());
    expect(schemas).toEqual([...schemas].sort());
  });

  it('is what the committed openapi.json says (else: npm run openapi)', () => {
    const committed: unknown = JSON.parse(readFileSync(join(__dirname, '../../../../openapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
