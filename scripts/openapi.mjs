// The committed OpenAPI document (openapi.json) and the TypeScript client types generated from it
// (clients/typescript/schema.d.ts). `npm run openapi` writes both; `npm run openapi:check` fails when either
// differs from what the code says now. Needs the build (dist/), not a database: the document comes from
// Nest's preview mode, which instantiates no provider.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCUMENT = join(root, 'openapi.json');
const SCHEMA = join(root, 'clients/typescript/schema.d.ts');
const HEADER = [
  '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.',
  '// Use with openapi-fetch: createClient<paths>({ baseUrl }) — see clients/typescript/example.ts.',
  '',
].join('\n');

const check = process.argv.includes('--check');
const require = createRequire(import.meta.url);
const { createOpenApiDocument } = require(join(root, 'dist/apps/api/src/openapi/openapi-document.js'));

const document = await createOpenApiDocument();
const outputs = [
  { file: DOCUMENT, text: await format(JSON.stringify(document), DOCUMENT) },
  { file: SCHEMA, text: await format(HEADER + astToString(await openapiTS(document)), SCHEMA) },
];

let stale = 0;
for (const { file, text } of outputs) {
  const name = relative(root, file);
  if (check) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== text) {
      stale += 1;
      process.stderr.write(`${name} is stale: run npm run openapi (and commit it)\n`);
    }
  } else {
    await writeFile(file, text);
    process.stdout.write(`wrote ${name}\n`);
  }
}
// the preview app leaves no server behind, but a library timer may linger
process.exit(stale > 0 ? 1 : 0);

async function format(text, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}
