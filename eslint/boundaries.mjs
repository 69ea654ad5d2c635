// Layout rules of STYLE.md that no stock rule expresses: a relative import never leaves its lib or app
// (libs meet through @mendao/<lib> only), and a lib's index.ts is its public door, not a window on its tables.
import { dirname, relative, resolve, sep } from 'node:path';

/** `libs/<name>` or `apps/<name>` (or the top folder: test, bench, migrations) a file belongs to. */
function packageRoot(file, cwd) {
  const parts = relative(cwd, file).split(sep);
  return parts[0] === 'libs' || parts[0] === 'apps' ? parts.slice(0, 2).join('/') : parts[0];
}

const noRelativeImportOutsidePackage = {
  meta: {
    type: 'problem',
    docs: { description: 'relative imports stay inside their lib or app' },
    messages: {
      leaves: 'This relative import leaves {{from}} for {{to}}: import another lib through @mendao/<lib>.',
    },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd;
    const here = packageRoot(context.filename, cwd);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = packageRoot(resolve(dirname(context.filename), source), cwd);
      // migrations and tests may reach the code they exercise; libs and apps may not reach each other
      if (target !== here && (here.startsWith('libs/') || here.startsWith('apps/')) && target !== 'migrations')
        context.report({ node: node.source, messageId: 'leaves', data: { from: here, to: target } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** `libs/<name>/src/domain` when the file is in a lib's domain folder. */
function domainRoot(file, cwd) {
  const parts = relative(cwd, file).split(sep);
  return parts[0] === 'libs' && parts[2] === 'src' && parts[3] === 'domain' ? parts.slice(0, 4).join('/') : undefined;
}

const domainImportsStayInDomain = {
  meta: {
    type: 'problem',
    docs: { description: "a domain/ file imports only its lib's other domain/ files (and pure libraries)" },
    messages: {
      leaves:
        'domain/ is pure: {{source}} is outside {{domain}} and may bring the framework or the database in through the back door.',
    },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd;
    const domain = domainRoot(context.filename, cwd);
    if (!domain) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(cwd, resolve(dirname(context.filename), source))
        .split(sep)
        .join('/');
      if (target !== domain && !target.startsWith(`${domain}/`))
        context.report({ node: node.source, messageId: 'leaves', data: { source, domain } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const ENTITY_FILE = /(^|\/)[\w.-]*entit(y|ies)(\.ts)?$/;

const indexExportsPublicOnly = {
  meta: {
    type: 'problem',
    docs: { description: "a lib's index.ts exports modules, services and view types, not entities or internals" },
    messages: {
      entity: 'index.ts must not export entities ({{source}}): another lib asks this lib’s service, never its tables.',
    },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source === 'string' && ENTITY_FILE.test(source) && node.exportKind !== 'type')
        context.report({ node: node.source, messageId: 'entity', data: { source } });
    };
    return { ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const boundaries = {
  rules: {
    'no-relative-import-outside-package': noRelativeImportOutsidePackage,
    'index-exports-public-only': indexExportsPublicOnly,
    'domain-imports-stay-in-domain': domainImportsStayInDomain,
  },
};
