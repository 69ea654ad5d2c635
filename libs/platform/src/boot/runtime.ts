import { Client } from 'pg';
import type { Logger } from 'pino';
import { AppConfig, ConfigError, loadConfigFromProcess } from '../config/app-config';
import { embeddedSecrets, startEmbeddedPostgres } from '../database/embedded-postgres';
import { createLogger } from '../logging/logger';

export interface Runtime {
  config: AppConfig;
  logger: Logger;
  databaseUrl: string;
  jwtSecret: string;
  /** Set when this process started the embedded PostgreSQL (and must stop it on exit). */
  stopEmbedded?: () => Promise<void>;
  embedded: boolean;
}

/**
 * Resolves what every process needs before Nest starts: validated config, a logger, the database
 * URL and the JWT secret. Without DATABASE_URL this is embedded mode: reuse the embedded server if
 * another process of ours already runs it, otherwise start it.
 */
export async function prepareRuntime(processName: string, allowEmbedded: boolean): Promise<Runtime> {
  let config: AppConfig;
  try {
    config = loadConfigFromProcess(processName === 'api');
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, processName);
  if (config.databaseUrl) {
    return { config, logger, databaseUrl: config.databaseUrl, jwtSecret: config.jwt.secret ?? '', embedded: false };
  }
  if (!allowEmbedded) {
    process.stderr.write(`${processName} needs DATABASE_URL (served mode); see .env.example\n`);
    process.exit(1);
  }
  const secrets = embeddedSecrets(config.dataDir);
  const url = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${config.embeddedPgPort}/postgres`;
  if (await canConnect(url)) return { config, logger, databaseUrl: url, jwtSecret: secrets.jwtSecret, embedded: true };
  logger.info({ dataDir: config.dataDir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (line) =>
    logger.debug({ postgres: line }),
  );
  return {
    config,
    logger,
    databaseUrl: server.url,
    jwtSecret: secrets.jwtSecret,
    stopEmbedded: () => server.stop(),
    embedded: true,
  };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
