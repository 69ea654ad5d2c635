import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('gives working defaults for embedded mode with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, redisUrl: undefined, dataDir: './data' });
    expect(config.jobs).toMatchObject({ concurrency: 2, maxAttempts: 3 });
  });

  it('reads and converts the values it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h/db',
      JWT_SECRET: 'x'.repeat(32),
      WORKER_CONCURRENCY: '8',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      jobs: expect.objectContaining({ concurrency: 8 }),
    });
  });

  it('lists every bad key at once', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://nope', WORKER_CONCURRENCY: '0', DATABASE_URL: 'postgres://x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const keys = (caught as ConfigError).problems.map((p) => p.key).sort();
    expect(keys).toEqual(['JWT_SECRET', 'PORT', 'REDIS_URL', 'WORKER_CONCURRENCY']);
    expect((caught as ConfigError).message).toContain('JWT_SECRET: is required when DATABASE_URL is set');
  });

  it('rejects a JWT secret too short to be safe', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});

describe('JWT_SECRET outside the api', () => {
  it('is not required by processes that sign no tokens (worker, CLI)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }, { requireJwtSecret: false }).jwt.secret).toBeUndefined();
  });
});

describe('MQTT_URL (the gateway)', () => {
  it('defaults to the local broker and a fixed client id', () => {
    expect(loadConfig({}).mqtt).toEqual({ url: 'mqtt://127.0.0.1:1883', clientId: 'mendao-gateway' });
  });

  it('takes a broker URL and client id', () => {
    const config = loadConfig({ MQTT_URL: 'mqtts://broker.example:8883', MQTT_CLIENT_ID: 'gw-2' });
    expect(config.mqtt).toEqual({ url: 'mqtts://broker.example:8883', clientId: 'gw-2' });
  });

  it('refuses a URL of another scheme and a client id the broker could mangle', () => {
    let caught: unknown;
    try {
      loadConfig({ MQTT_URL: 'http://broker:1883', MQTT_CLIENT_ID: 'gw 1/a' });
    } catch (error) {
      caught = error;
    }
    expect((caught as ConfigError).problems.map((p) => p.key).sort()).toEqual(['MQTT_CLIENT_ID', 'MQTT_URL']);
  });
});
