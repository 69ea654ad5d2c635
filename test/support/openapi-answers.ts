import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

type Schema = SchemaObject & Partial<ReferenceObject>;

/**
 * Checks a value against an OpenAPI 3.0 schema of our document, strictly: an object may carry only the
 * properties its schema declares (unless it says additionalProperties), so a field the api answers but
 * the document forgot is a failure too. Covers what our schemas use; returns the problems, empty when valid.
 */
export function schemaProblems(document: OpenAPIObject, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) return [`${at}: unknown schema ${schema.$ref}`];
    return schemaProblems(document, target, value, at);
  }
  if (value === null) return schema.nullable ? [] : [`${at}: null, but not nullable`];
  const problems: string[] = [];
  for (const part of (schema.allOf ?? []) as Schema[]) problems.push(...schemaProblems(document, part, value, at));
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices && !choices.some((choice) => schemaProblems(document, choice, value, at).length === 0))
    problems.push(`${at}: matches none of ${choices.map((c) => ('$ref' in c ? c.$ref : c.type)).join(', ')}`);
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} not in the enum`);
  if (problems.length > 0 || schema.allOf) return problems;
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: not a string`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: not a number`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: not an array`];
      return value.flatMap((entry, i) => schemaProblems(document, schema.items as Schema, entry, `${at}[${i}]`));
    case 'object':
    case undefined:
      if (!schema.properties)
        return schema.type === 'object' && typeof value !== 'object' ? [`${at}: not an object`] : [];
      return objectProblems(document, schema, value, at);
    default:
      return [`${at}: unknown type ${String(schema.type)}`];
  }
}

function objectProblems(document: OpenAPIObject, schema: Schema, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
  const record = value as Record<string, unknown>;
  const properties = schema.properties as Record<string, Schema>;
  const problems = (schema.required ?? [])
    .filter((name) => !(name in record))
    .map((name) => `${at}.${name}: required, missing`);
  for (const [name, entry] of Object.entries(record)) {
    if (properties[name]) problems.push(...schemaProblems(document, properties[name], entry, `${at}.${name}`));
    else if (!schema.additionalProperties) problems.push(`${at}.${name}: answered, but not in the document`);
  }
  return problems;
}

/** The problems of one answer against the document's response for its route, status and media type. */
export function answerProblems(
  document: OpenAPIObject,
  method: string,
  route: string,
  status: number,
  contentType: string,
  body: unknown,
): string[] {
  const operation = document.paths[route]?.[method.toLowerCase() as 'get'];
  if (!operation) return [`${method} ${route}: not in the document`];
  const response = operation.responses[String(status)];
  if (!response || !('content' in response)) return [`${method} ${route} ${status}: status not in the document`];
  const media = contentType.split(';')[0].trim();
  const schema = response.content?.[media]?.schema;
  if (!schema) return [`${method} ${route} ${status}: ${media} not in the document`];
  return media.endsWith('json') ? schemaProblems(document, schema, body) : [];
}
