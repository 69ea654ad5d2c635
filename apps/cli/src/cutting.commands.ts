import { CuttingInputError, solveLinear, solveSheets } from '@mendao/cutting';

const SOLVERS: Record<string, (request: unknown) => unknown> = { 'cut:linear': solveLinear, 'cut:sheets': solveSheets };

export function isCuttingCommand(name: string | undefined): name is string {
  return name !== undefined && name in SOLVERS;
}

/**
 * `npm run cli -- cut:linear < in.json > out.json`: the same request and answer as
 * POST /api/v1/cutting/linear (and cut:sheets as /cutting/sheets), with no database needed.
 * Exit code 2 and the field errors on stderr for bad input.
 */
export async function runCuttingCommand(name: string, stdin: () => Promise<string>): Promise<number> {
  const text = await stdin();
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`body: not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(SOLVERS[name](request), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CuttingInputError)) throw error;
    for (const e of error.errors) process.stderr.write(`${e.field}: ${e.message}\n`);
    return 2;
  }
}
