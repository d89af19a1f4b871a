// Publishing a scheme as the committee does it: a correction of the main bureau's year, effective
// from January, published through GraphQL in the running server, whose publication rewrites every
// member's summaries in its transaction (scheme.service.ts). Unlike the refresh in a process of its
// own (summaries.ts), it runs where a publication runs: in a server that has answered requests,
// on the pool's connections. Run last: it makes every summary of the year a new version's.
import type pg from 'pg';
import { checkpoint } from '../load/load.js';
import { login } from '../server/graphql.js';

export type PublicationResults = {
  members: number;
  ms: number;
  membersPerSecond: number;
  /** Summaries of the year written by the new version, checked after the publication. */
  rewritten: number;
  /** What the server answered when the publication failed: the goal is then missed, saying so. */
  failed?: string;
};

/**
 * A publication that failed, as results: the bench goes on to its other stages and reports the
 * failure in its table, instead of stopping with nothing written.
 */
export function failedPublication(members: number, error: unknown): PublicationResults {
  const message = error instanceof Error ? error.message : String(error);
  return { members, ms: 0, membersPerSecond: 0, rewritten: 0, failed: message.slice(0, 300) };
}

const CORRECT = `mutation($year: Int!, $from: String!, $reason: String!) {
  createSchemeCorrection(year: $year, effectiveFromMonth: $from, reason: $reason) { id revision version }
}`;
const UPDATE = `mutation($id: ID!, $definition: JSON!, $revision: Int!) {
  updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $revision) { revision }
}`;
const PUBLISH = `mutation($id: ID!, $revision: Int!) {
  publishScheme(id: $id, expectedRevision: $revision) { id status version }
}`;

export async function runPublication(
  serverUrl: string,
  owner: pg.ClientBase,
  bureau: { bureauId: string; year: number; adminLogin: string; password: string },
  members: number,
  /** The correction's scheme, when it changes something (the bench's keeps the year's as it is). */
  definition?: unknown,
): Promise<PublicationResults> {
  const admin = await login(serverUrl, bureau.adminLogin, bureau.password);
  const { createSchemeCorrection: draft } = await admin.request<{
    createSchemeCorrection: { id: string; revision: number; version: number };
  }>(CORRECT, { year: bureau.year, from: `${bureau.year}-01`, reason: '基准测试: 更正后重新发布' });
  if (definition !== undefined) {
    const { updateSchemeDraft } = await admin.request<{ updateSchemeDraft: { revision: number } }>(
      UPDATE,
      { id: draft.id, definition, revision: draft.revision },
    );
    draft.revision = updateSchemeDraft.revision;
  }
  // As before the refresh: the checkpoint the stages before call for is not the publication's.
  await checkpoint(owner);
  const start = performance.now();
  await admin.request(PUBLISH, { id: draft.id, revision: draft.revision });
  const ms = performance.now() - start;
  const { rows } = await owner.query<{ rewritten: string }>(
    `select count(*) as rewritten from score_summary
      where bureau_id = $1 and year = $2 and period = 'year' and scheme_version = $3`,
    [bureau.bureauId, bureau.year, draft.version],
  );
  return {
    members,
    ms: Math.round(ms),
    membersPerSecond: Math.round((members / ms) * 1000),
    rewritten: Number(rows[0]!.rewritten),
  };
}
