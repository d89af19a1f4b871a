import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { findPostgresServer } from '../src/db/postgres/postgres-server.js';
import {
  dropStaleTemplates,
  templateCodeHash,
  templateSet,
  templatesReady,
  touchTemplates,
  type TemplateSet,
} from './template-admin.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templates: TemplateSet;
  }
}

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Migrates and seeds the templates in a child process, as `pnpm db:seed` runs the seed. */
async function buildInChild(adminUrl: string, names: TemplateSet) {
  await promisify(execFile)(
    process.execPath,
    [
      // As the test workers (vitest.config.ts): seeding makes many short-lived objects.
      '--max-semi-space-size=64',
      '--import',
      path.join(serverDir, 'scripts/source-hooks.mjs'),
      '--conditions=source',
      'test/build-templates.ts',
      adminUrl,
      JSON.stringify(names),
    ],
    { cwd: serverDir, maxBuffer: 16 * 1024 * 1024 },
  );
}

/**
 * One PostgreSQL server for the run (DATABASE_URL, else 127.0.0.1:5432, else embedded) and the
 * template databases every test file clones its own database from: reused when an earlier run of
 * the same code built them, so a single file runs in seconds.
 */
export default async function setup(project: TestProject) {
  const server = await findPostgresServer();
  const templates = templateSet(templateCodeHash());
  if (!(await templatesReady(server.adminUrl, templates)))
    await buildInChild(server.adminUrl, templates);
  await touchTemplates(server.adminUrl, templates);
  await dropStaleTemplates(server.adminUrl, templates);
  project.provide('postgresAdminUrl', server.adminUrl);
  project.provide('templates', templates);
  return async () => {
    await server.stop();
  };
}
