import { MIGRATIONS } from '../../../../migrations';
import { migrateUp } from '../database/migrator';
import { databaseUrl, requireDatabaseUrl, TEMPLATE_DATABASE, withAdminClient } from './test-database';

/** Migrates the template database once per run; each test file then clones it (fast, isolated, parallel-safe). */
export default async function globalSetup(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await migrateUp(databaseUrl(requireDatabaseUrl(), TEMPLATE_DATABASE), MIGRATIONS);
}
