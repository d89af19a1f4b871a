// PostGraphile 5, the bench's peer, run as its own process (postgraphile.ts starts it): the schema
// PostGraphile generates from the bench database's tables (the Amber preset, nothing added),
// served by grafserv on node:http. It connects as the app role, so row-level security applies as
// it does to Jifen, and each request runs in a transaction with the caller's scope set from the
// server's own `sessionVariables` (PostGraphile's `pgSettings`), as Jifen sets it per request.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';
import {
  sessionVariables,
  type TenantScope,
} from '../../../../apps/server/src/tenancy/tenant-scope.js';

export type PostGraphileConfig = {
  appUrl: string;
  /** The callers, by the bearer token the bench sends: each one's scope (bureau and branches). */
  scopes: Record<string, TenantScope>;
  /** Writes the generated schema here when set (to write the bench's queries against it). */
  sdlPath?: string;
};

const config = JSON.parse(process.env['POSTGRAPHILE_PEER'] ?? 'null') as PostGraphileConfig | null;
if (!config) throw new Error('POSTGRAPHILE_PEER is not set: start this through postgraphile.ts');
const settings = new Map(
  Object.entries(config.scopes).map(([token, scope]) => [token, sessionVariables(scope)]),
);

// Score summaries keep no foreign keys (a cache rewritten whole on publication, whose keys were
// checked row by row): PostGraphile is told the two relations its documents follow.
const SummaryRelationsPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      score_summary: {
        tags: {
          foreignKey: [
            '(bureau_id, member_id) references member (bureau_id, id)',
            '(bureau_id, branch_id) references branch (bureau_id, id)',
          ],
        },
      },
    },
  },
});

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [SummaryRelationsPlugin],
  // By default only indexed columns may order a connection; the roster is ordered by name (an
  // unindexed column, as in Jifen's own query), so every column may.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: config.appUrl, schemas: ['public'] })],
  grafast: {
    context(requestContext) {
      const header = requestContext.node?.req.headers.authorization ?? '';
      const token = /^Bearer (.+)$/.exec(header)?.[1] ?? '';
      // An unknown caller gets no scope: row-level security then shows it nothing.
      return { pgSettings: settings.get(token) ?? {} };
    },
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  schema: config.sdlPath ? { exportSchemaSDLPath: config.sdlPath } : {},
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
// The schema is built before the first request, so the first sample does not pay for it.
await pgl.getSchema();
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => {
  server.close();
  void Promise.resolve(serv.release())
    .then(() => pgl.release())
    .finally(() => process.exit(0));
});
