import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Logger } from 'pino';

/** Paths the api answers itself: an unknown one stays a 404 problem, never the web app's page. */
const API_PATHS = /^\/(api|health|ready|metrics)(\/|$)/;
/** A last path segment with a dot names a file: a missing asset is a 404, not the page. */
const FILE_NAME = /\/[^/]*\.[^/]*$/;

/**
 * Serves the built web app (apps/web/dist) at /: its files as they are, and index.html for any other
 * GET outside the api's own paths, so that a client route (/planner/orders) loads the app. Vite names
 * assets by content hash, so they are cached for good; index.html is revalidated every time.
 */
export async function serveWebApp(app: NestFastifyApplication, webDir: string, logger: Logger): Promise<void> {
  const root = resolve(webDir);
  if (!existsSync(join(root, 'index.html'))) {
    logger.info({ webDir: root }, 'no built web app (npm run build): serving the api only');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    // one route per built file, so that the catch-all below decides what happens to every other path
    wildcard: false,
    setHeaders: (reply, path) => {
      const hashed = path.startsWith(join(root, 'assets') + sep);
      void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0];
      if (API_PATHS.test(path) || FILE_NAME.test(path)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
}
