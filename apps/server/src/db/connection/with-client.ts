import pg from 'pg';

/**
 * Runs `fn` on a pg connection of its own to `url`, closed afterwards whatever happens: for what
 * the app's pool may not do (the owner's analyse and seed checks, the admin's databases).
 */
export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
