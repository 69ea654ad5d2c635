import { Optional } from '../http/validators';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MinLength, Min, validateSync, ValidationError } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * The one schema of environment variables. Every key is documented in .env.example;
 * `process.env` is read nowhere else (lint-banned).
 */
export class EnvSchema {
  @Optional() @IsIn(['development', 'production', 'test']) NODE_ENV = 'development';
  @Optional() @IsString() HOST = '0.0.0.0';
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @Optional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';

  @Transform(emptyToUndefined)
  @Optional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;
  @Transform(emptyToUndefined)
  @Optional()
  @Matches(/^rediss?:\/\//, { message: 'must be a redis:// URL' })
  REDIS_URL?: string;

  @Transform(emptyToUndefined) @Optional() @IsString() @MinLength(32) JWT_SECRET?: string;
  @Transform(toInt) @IsInt() @Min(60) JWT_EXPIRES_IN_SECONDS = 8 * 3600;

  @IsString() DATA_DIR = './data';
  @Transform(toInt) @IsInt() @Min(1) @Max(65535) EMBEDDED_PG_PORT = 54329;
  @IsString() @MinLength(1) WEB_DIR = './apps/web/dist';

  @Transform(toInt) @IsInt() @Min(1024) BODY_LIMIT_BYTES = 1024 * 1024;
  /** 0: none (Fastify's default, which lets a client that stops sending hold its request forever). */
  @Transform(toInt) @IsInt() @Min(0) HTTP_REQUEST_TIMEOUT_MS = 120_000;
  @Transform(toInt) @IsInt() @Min(100) IMPORT_UPLOAD_TIMEOUT_MS = 60_000;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_FAILURES = 5;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_IP = 50;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_WINDOW_SECONDS = 900;
  @Transform(emptyToUndefined) @Optional() @IsString() @MinLength(16) METRICS_TOKEN?: string;

  @IsString() @Matches(/^[a-z0-9_-]+$/i) QUEUE_PREFIX = 'mendao';
  @Transform(toInt) @IsInt() @Min(1) @Max(64) WORKER_CONCURRENCY = 2;
  @Transform(toInt) @IsInt() @Min(1) @Max(100) JOB_MAX_ATTEMPTS = 3;
  @Transform(toInt) @IsInt() @Min(1000) JOB_STALL_TIMEOUT_MS = 60_000;
  @Transform(toInt) @IsInt() @Min(100) JOB_RECONCILE_INTERVAL_MS = 15_000;
  @Transform(toInt) @IsInt() @Min(0) JOB_RETRY_BASE_DELAY_MS = 5_000;
  @Transform(toInt) @IsInt() @Min(1) @Max(1000) JOB_MAX_RUNNING_PER_FACTORY = 1;
  @Transform(toInt) @IsInt() @Min(50) JOB_FACTORY_BUSY_DELAY_MS = 2_000;

  @Transform(toInt) @IsInt() @Min(1) @Max(1000) DB_POOL_SIZE = 20;
  @Transform(toInt) @IsInt() @Min(100) DB_ACQUIRE_TIMEOUT_MS = 5_000;
  /** 0: three quarters of DB_POOL_SIZE. */
  @Transform(toInt) @IsInt() @Min(0) DB_POOL_PER_FACTORY = 0;
  @Transform(toInt) @IsInt() @Min(0) DB_LOCK_TIMEOUT_MS = 3_000;
  @Transform(toInt) @IsInt() @Min(0) DB_STATEMENT_TIMEOUT_MS = 15_000;
  @Transform(toInt) @IsInt() @Min(0) JOB_DB_LOCK_TIMEOUT_MS = 60_000;
  @Transform(toInt) @IsInt() @Min(0) JOB_DB_STATEMENT_TIMEOUT_MS = 600_000;

  @Matches(/^(mqtts?|tcp|tls|wss?):\/\//, { message: 'must be an mqtt://, mqtts://, ws:// or wss:// URL' })
  MQTT_URL = 'mqtt://127.0.0.1:1883';
  /** The broker keeps this client's session (subscriptions, unacknowledged QoS 1 messages) under this id. */
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) MQTT_CLIENT_ID = 'mendao-gateway';
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** Unset means embedded mode: the api starts its own PostgreSQL under dataDir. */
  databaseUrl?: string;
  redisUrl?: string;
  jwt: { secret?: string; expiresInSeconds: number };
  dataDir: string;
  embeddedPgPort: number;
  /** The built web app the api serves at / (absent: the api serves its own routes only). */
  webDir: string;
  bodyLimitBytes: number;
  /** Longest time the server waits for a whole request (headers and body); past it Node answers 408. 0: none. */
  requestTimeoutMs: number;
  /** Longest time an order import's upload may take to arrive; past it 400 order_import.upload_timed_out. */
  importUploadTimeoutMs: number;
  login: { maxFailures: number; maxFailuresPerIp: number; windowSeconds: number };
  /** The bearer token a scraper sends to GET /metrics; unset: /metrics answers 404 (off). */
  metricsToken?: string;
  jobs: {
    queuePrefix: string;
    concurrency: number;
    maxAttempts: number;
    stallTimeoutMs: number;
    reconcileIntervalMs: number;
    retryBaseDelayMs: number;
    /** Running jobs one factory may have at once, across every worker: the rest wait so other factories' go first. */
    maxRunningPerFactory: number;
    /** How long a job refused for its factory's limit waits before it asks again (a finishing job wakes it sooner). */
    factoryBusyDelayMs: number;
  };
  database: DatabaseConfig;
  /** The MQTT gateway (apps/gateway): the broker and the fixed client id of its persistent session. */
  mqtt: { url: string; clientId: string };
}

/** Postgres limits; 0 means no timeout. See data-source-options.ts for why requests and jobs differ. */
export interface DatabaseConfig {
  poolSize: number;
  /** Connections one factory's requests may hold at once, so that the rest always serve the other factories. */
  perFactory: number;
  /** Longest wait for a free pool connection; past it a request answers 503 service.busy. */
  acquireTimeoutMs: number;
  request: { lockTimeoutMs: number; statementTimeoutMs: number };
  jobs: { lockTimeoutMs: number; statementTimeoutMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: { key: string; message: string }[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p.key}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the whole environment at once and reports every bad key, not just the first. */
export function loadConfig(
  env: Record<string, string | undefined>,
  options: { requireJwtSecret?: boolean } = { requireJwtSecret: true },
): AppConfig {
  const known = Object.fromEntries(
    Object.keys(new EnvSchema())
      .map((k) => [k, env[k]])
      .filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
  const schema = plainToInstance(EnvSchema, { ...known, ...optionalKeys(env) });
  const errors = validateSync(schema, { whitelist: true });
  const problems = errors.map((e: ValidationError) => ({
    key: e.property,
    message: Object.values(e.constraints ?? {}).join('; '),
  }));
  if (options.requireJwtSecret && schema.DATABASE_URL && !schema.JWT_SECRET) {
    problems.push({ key: 'JWT_SECRET', message: 'is required when DATABASE_URL is set (served mode)' });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: schema.NODE_ENV as AppConfig['env'],
    host: schema.HOST,
    port: schema.PORT,
    logLevel: schema.LOG_LEVEL,
    databaseUrl: schema.DATABASE_URL,
    redisUrl: schema.REDIS_URL,
    jwt: { secret: schema.JWT_SECRET, expiresInSeconds: schema.JWT_EXPIRES_IN_SECONDS },
    dataDir: schema.DATA_DIR,
    embeddedPgPort: schema.EMBEDDED_PG_PORT,
    webDir: schema.WEB_DIR,
    bodyLimitBytes: schema.BODY_LIMIT_BYTES,
    requestTimeoutMs: schema.HTTP_REQUEST_TIMEOUT_MS,
    importUploadTimeoutMs: schema.IMPORT_UPLOAD_TIMEOUT_MS,
    login: {
      maxFailures: schema.LOGIN_MAX_FAILURES,
      maxFailuresPerIp: schema.LOGIN_MAX_FAILURES_PER_IP,
      windowSeconds: schema.LOGIN_WINDOW_SECONDS,
    },
    metricsToken: schema.METRICS_TOKEN,
    jobs: {
      queuePrefix: schema.QUEUE_PREFIX,
      concurrency: schema.WORKER_CONCURRENCY,
      maxAttempts: schema.JOB_MAX_ATTEMPTS,
      stallTimeoutMs: schema.JOB_STALL_TIMEOUT_MS,
      reconcileIntervalMs: schema.JOB_RECONCILE_INTERVAL_MS,
      retryBaseDelayMs: schema.JOB_RETRY_BASE_DELAY_MS,
      maxRunningPerFactory: schema.JOB_MAX_RUNNING_PER_FACTORY,
      factoryBusyDelayMs: schema.JOB_FACTORY_BUSY_DELAY_MS,
    },
    database: {
      poolSize: schema.DB_POOL_SIZE,
      perFactory: schema.DB_POOL_PER_FACTORY || Math.max(1, Math.floor((schema.DB_POOL_SIZE * 3) / 4)),
      acquireTimeoutMs: schema.DB_ACQUIRE_TIMEOUT_MS,
      request: { lockTimeoutMs: schema.DB_LOCK_TIMEOUT_MS, statementTimeoutMs: schema.DB_STATEMENT_TIMEOUT_MS },
      jobs: { lockTimeoutMs: schema.JOB_DB_LOCK_TIMEOUT_MS, statementTimeoutMs: schema.JOB_DB_STATEMENT_TIMEOUT_MS },
    },
    mqtt: { url: schema.MQTT_URL, clientId: schema.MQTT_CLIENT_ID },
  };
}

/** Optional keys have no class default, so `Object.keys(new EnvSchema())` misses them. */
function optionalKeys(env: Record<string, string | undefined>) {
  const keys = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'METRICS_TOKEN'] as const;
  return Object.fromEntries(keys.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
}

/**
 * The only place that reads process.env; also loads ./.env when present (Node ≥ 20.12).
 * Only the api signs tokens, so only it insists on JWT_SECRET in served mode.
 */
export function loadConfigFromProcess(requireJwtSecret: boolean): AppConfig {
  try {
    process.loadEnvFile?.('.env');
  } catch {
    // no .env file: the environment alone is the configuration
  }
  return loadConfig(process.env, { requireJwtSecret });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
