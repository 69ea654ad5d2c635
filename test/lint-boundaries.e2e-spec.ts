import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** The layout rules each snippet breaks, linted as if it were the named file (eslint/lint-probe.mjs). */
function rulesBroken(cases: { file: string; code: string }[]): string[][] {
  const out = execFileSync(process.execPath, [join(ROOT, 'eslint/lint-probe.mjs'), JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[][];
}

describe('the lint rules that hold the layout', () => {
  it('refuses a relative import into another lib, allows one inside the lib', () => {
    expect(
      rulesBroken([
        {
          file: 'libs/splitting/src/probe.ts',
          code: "export { StockService } from '../../warehouse/src/stock.service';",
        },
        {
          file: 'apps/api/src/probe.ts',
          code: "export { SplitRunsService } from '../../../libs/splitting/src/split-runs.service';",
        },
        { file: 'libs/splitting/src/probe.ts', code: "export { orderTransition } from './domain/order-status';" },
        { file: 'apps/cli/src/probe.ts', code: "export { MIGRATIONS } from '../../../migrations';" },
      ]),
    ).toEqual([
      ['boundaries/no-relative-import-outside-package'],
      expect.arrayContaining(['boundaries/no-relative-import-outside-package']),
      [],
      [],
    ]);
  });

  it("keeps every lib's domain/ pure: no framework, database, plumbing or I/O", () => {
    const hits = rulesBroken(
      ['typeorm', '@nestjs/common', '@mendao/platform', 'pg', 'node:fs'].map((module) => ({
        file: 'libs/warehouse/src/domain/probe.ts',
        code: `export * from '${module}';`,
      })),
    );
    expect(hits).toEqual(hits.map(() => ['no-restricted-imports']));
    expect(
      rulesBroken([{ file: 'libs/splitting/src/domain/probe.ts', code: "export * from '@mendao/cutting';" }]),
    ).toEqual([[]]);
  });

  it('keeps domain/ from reaching the rest of its lib by a relative path (the back door to the framework)', () => {
    expect(
      rulesBroken([
        {
          file: 'libs/splitting/src/domain/probe.ts',
          code: "export { SplitRunProcessor } from '../split-run.processor';",
        },
        { file: 'libs/warehouse/src/domain/sub/probe.ts', code: "export * from '../../warehouse.entities';" },
        { file: 'libs/splitting/src/domain/probe.ts', code: "export { orderTransition } from './order-status';" },
        { file: 'libs/warehouse/src/domain/sub/probe.ts', code: "export * from '../count-state';" },
      ]),
    ).toEqual([['boundaries/domain-imports-stay-in-domain'], ['boundaries/domain-imports-stay-in-domain'], [], []]);
  });

  it("keeps entities out of a lib's index.ts", () => {
    expect(
      rulesBroken([
        { file: 'libs/warehouse/src/index.ts', code: "export * from './warehouse.entities';" },
        { file: 'libs/warehouse/src/index.ts', code: "export * from './stock.service';" },
      ]),
    ).toEqual([['boundaries/index-exports-public-only'], []]);
  });

  it('wants a catalogued error code, not a loose string', () => {
    expect(
      rulesBroken([
        {
          file: 'libs/warehouse/src/probe.ts',
          code: "import { DomainError } from '@mendao/platform';\nthrow new DomainError('conflict', 'x');",
        },
      ]),
    ).toEqual([['no-restricted-syntax']]);
  });

  it("wants Optional() from @mendao/platform, not class-validator's IsOptional (which lets null through)", () => {
    expect(
      rulesBroken([
        {
          file: 'libs/warehouse/src/dto/probe.dto.ts',
          code: "import { IsOptional, IsString } from 'class-validator';\nexport const d = [IsOptional, IsString];",
        },
        {
          file: 'libs/warehouse/src/dto/probe.dto.ts',
          code: "import { IsString } from 'class-validator';\nimport { Optional } from '@mendao/platform';\nexport const d = [Optional, IsString];",
        },
      ]),
    ).toEqual([['no-restricted-syntax'], []]);
  });
});
