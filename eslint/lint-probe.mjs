// Lints snippets of code as if they were files at the given paths, with only the layout rules on (no type
// information needed): what test/lint-boundaries.e2e-spec.ts uses to prove that those rules bite.
// Usage: node eslint/lint-probe.mjs '[{"file":"libs/x/src/a.ts","code":"…"}]' → JSON of the rule ids hit per case.
import { ESLint } from 'eslint';

const LAYOUT_RULES = new Set([
  'boundaries/no-relative-import-outside-package',
  'boundaries/index-exports-public-only',
  'boundaries/domain-imports-stay-in-domain',
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-properties',
]);

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => LAYOUT_RULES.has(ruleId),
});

const answers = [];
for (const { file, code } of JSON.parse(process.argv[2])) {
  const [result] = await eslint.lintText(code, { filePath: file });
  answers.push(result.messages.map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(answers));
