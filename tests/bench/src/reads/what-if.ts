// The bureau-wide what-if (对比试算) as the admin app asks it: every member's year under the
// scheme in force and under an unsaved draft, with the summary and every member's line, through
// GraphQL over HTTP as the committee. Goal: a 10,000-member bureau answers in under 10 s.
import { benchSchemeWithVolunteerAtTwo } from '../data/generate.js';
import { login } from '../server/graphql.js';
import type { ServerProcess } from '../server/server-process.js';

export const WHAT_IF_LIMIT_MS = 10_000;

export type WhatIfResults = {
  members: number;
  bandChanged: number;
  samples: number;
  p50Ms: number;
  maxMs: number;
  statementsPerRequest: number;
  met: boolean;
};

// The fields the scheme screen asks (apps/web/src/routes/scheme/scheme.documents.ts).
const SUMMARY = `members meanCurrent meanDraft meanShift changed bandChanged
  bands { band current draft movedIn movedOut } distribution { from to current draft }`;
const WHAT_IF = `query($draft: SchemeDraftInput!, $year: Int!) {
  schemeWhatIf(draft: $draft, recordsYear: $year) {
    recordsYear asOf currentVersion draftYear
    bureau { ${SUMMARY} } branches { branchId branchName ${SUMMARY} }
    members { memberId name branchName current draft delta currentBand draftBand changed }
  }
}`;

/** Next year's draft of the committee: the year's scheme with 志愿服务 worth 2 points, not 5. */
const draftOf = (year: number) => benchSchemeWithVolunteerAtTwo(year + 1);

export async function runWhatIf(
  server: ServerProcess,
  bureau: { adminLogin: string; password: string; year: number },
  samples: number,
): Promise<WhatIfResults> {
  const admin = await login(server.url, bureau.adminLogin, bureau.password);
  const variables = { draft: { definition: draftOf(bureau.year) }, year: bureau.year };
  type Answer = { schemeWhatIf: { members: unknown[]; bureau: { bandChanged: number } } };
  const times: number[] = [];
  let members = 0;
  let bandChanged = 0;
  let statements = 0;
  for (let i = 0; i < samples; i++) {
    const before = await server.statements();
    const start = performance.now();
    const data = await admin.request<Answer>(WHAT_IF, variables);
    times.push(performance.now() - start);
    statements = (await server.statements()).statements - before.statements;
    members = data.schemeWhatIf.members.length;
    bandChanged = data.schemeWhatIf.bureau.bandChanged;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50Ms = Math.round(sorted[Math.floor(sorted.length / 2)]!);
  return {
    members,
    bandChanged,
    samples,
    p50Ms,
    maxMs: Math.round(sorted.at(-1)!),
    statementsPerRequest: statements,
    met: p50Ms < WHAT_IF_LIMIT_MS,
  };
}
