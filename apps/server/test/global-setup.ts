import type { TestProject } from 'vitest/node';
import { findPostgresServer } from '../src/db/postgres-server.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/** One PostgreSQL server for the run: DATABASE_URL, else 127.0.0.1:5432, else embedded. */
export default async function setup(project: TestProject) {
  const server = await findPostgresServer();
  project.provide('postgresAdminUrl', server.adminUrl);
  return async () => {
    await server.stop();
  };
}
