import type { CliIo } from '@mendao/platform';

// Loads only what the command needs: cut:linear and cut:sheets load the cutting library alone (no Nest,
// TypeORM or pg), so a request piped in is answered in a fraction of a second.
const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

async function main(): Promise<number> {
  const [name, ...argv] = process.argv.slice(2);
  const cutting = await import('./cutting.commands.js');
  // cutting is pure computation: no configuration, no database
  if (cutting.isCuttingCommand(name)) return cutting.runCuttingCommand(name, () => io.readStdin());
  const { runAppCommand } = await import('./app.commands.js');
  return runAppCommand(name ?? 'help', argv, io);
}

/**
 * Exits once stdout and stderr have handed over everything written: a pipe takes 64 KiB at once and
 * process.exit() drops the rest, which cut a large cutting answer short (`cli cut:linear < in.json | jq`).
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main().then(exitWhenFlushed, (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  exitWhenFlushed(1);
});
