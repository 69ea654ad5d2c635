import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

describe('startEmbeddedPostgres', () => {
  let taken: Server;
  let port: number;
  let dataDir: string;

  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    port = (taken.address() as { port: number }).port;
    dataDir = mkdtempSync(join(tmpdir(), 'mendao-embedded-'));
  });

  afterAll(async () => {
    await new Promise((done) => taken.close(done));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a taken port by name, with the setting that changes it, before initialising anything', async () => {
    await expect(startEmbeddedPostgres(dataDir, port)).rejects.toThrow(
      new RegExp(`port ${port} is taken .*EMBEDDED_PG_PORT`),
    );
  });
});
