import { Injectable, SetMetadata } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { parseArgs } from 'node:util';

export interface CommandSpec {
  name: string;
  description: string;
  /** Named options, all strings (`--code DEMO`). */
  options?: Record<string, { description: string; required?: boolean }>;
}

export interface CliIo {
  out(line: string): void;
  /** Standard input, read whole (for commands that take a JSON document). */
  readStdin(): Promise<string>;
}

export interface CliCommandHandler {
  run(options: Record<string, string | undefined>, io: CliIo): Promise<void>;
}

const COMMAND_KEY = 'mendao.cli-command';
/** Marks a provider as a CLI command; libs add their own commands this way. */
export const CliCommand = (spec: CommandSpec) => SetMetadata(COMMAND_KEY, spec);

export class CliUsageError extends Error {}

@Injectable()
export class CliCommandRegistry {
  constructor(private readonly discovery: DiscoveryService) {}

  commands(): { spec: CommandSpec; handler: CliCommandHandler }[] {
    return this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && Reflect.getMetadata(COMMAND_KEY, w.metatype))
      .map((w) => ({
        spec: Reflect.getMetadata(COMMAND_KEY, w.metatype as object) as CommandSpec,
        handler: w.instance as CliCommandHandler,
      }))
      .sort((a, b) => a.spec.name.localeCompare(b.spec.name));
  }

  async run(name: string, argv: string[], io: CliIo): Promise<void> {
    const command = this.commands().find((c) => c.spec.name === name);
    if (!command) throw new CliUsageError(`Unknown command ${name}\n\n${this.usage()}`);
    const specOptions = command.spec.options ?? {};
    const { values } = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.keys(specOptions).map((key) => [key, { type: 'string' as const }])),
      strict: true,
    });
    const missing = Object.entries(specOptions).filter(([key, o]) => o.required && values[key] === undefined);
    if (missing.length > 0) {
      throw new CliUsageError(`${name}: missing ${missing.map(([key]) => `--${key}`).join(', ')}`);
    }
    await command.handler.run(values, io);
  }

  usage(): string {
    const lines = this.commands().map(({ spec }) => {
      const options = Object.entries(spec.options ?? {})
        .map(([key, o]) => (o.required ? `--${key} <…>` : `[--${key} <…>]`))
        .join(' ');
      return `  ${spec.name} ${options}\n      ${spec.description}`;
    });
    return `Usage: npm run cli -- <command> [options]\n\n${[
      '  db:migrate\n      apply pending migrations',
      '  db:revert [--steps N|all]\n      revert migrations',
      '  cut:linear < request.json\n      linear cutting plan (as POST /api/v1/cutting/linear), no database needed',
      '  cut:sheets < request.json\n      sheet cutting plan (as POST /api/v1/cutting/sheets), no database needed',
      ...lines,
    ].join('\n')}`;
  }
}
