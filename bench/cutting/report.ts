/** Failures are printed as they happen, on stderr so that the tables on stdout stay clean. */
export const report = {
  invalid(what: string, errors: string[]): void {
    const shown = errors.slice(0, 8).map((e) => `    ${e}`);
    const more = errors.length > 8 ? [`    … ${errors.length - 8} more`] : [];
    process.stderr.write(
      `\n!!! INVALID PLAN ${what}: ${errors.length} violations\n${[...shown, ...more].join('\n')}\n`,
    );
  },
  failure(message: string): void {
    process.stderr.write(`\n!!! ${message}\n`);
  },
  progress(message: string): void {
    process.stderr.write(`${message}\n`);
  },
};
