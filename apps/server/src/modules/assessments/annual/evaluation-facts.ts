import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../../tenancy/tenant-scope.js';
import type { FactsContribution, FactsContributor } from '../../ledger/facts/facts-contribution.js';
import { uuidArray } from '../../../db/rows/sql-arrays.js';
import { AnnualState } from './annual-machine.js';

const APPROVED = [AnnualState.APPROVED, AnnualState.PUBLISHED];

type Row = { kind: 'g' | 'r'; member_id: string; a: string; b: string | null };

/**
 * What the cycle adds to a member's year for the scoring package: the democratic evaluation's
 * grade, and last year's approved result for "red two years running" — only an approved result
 * counts, so a year never approved reads as no previous year. ONE statement of plain rows for any
 * number of members (no entities: every sheet and refresh reads it). Registered in
 * ledger/facts/facts-contributors.ts. Like the facts loader, it reads through `em`'s connection (row-level
 * security applies) and names the bureau.
 */
export const evaluationFacts: FactsContributor = async (em, year, memberIds) => {
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const members = uuidArray(memberIds);
  const rows = await em.execute<Row[]>(
    `select * from (
       select 'g' as kind, g.member_id::text as member_id, g.grade as a, g.id::text as b, g.recorded_at as at
         from evaluation_grade g
         join annual_assessment s on s.bureau_id = g.bureau_id and s.id = g.assessment_id
        where g.bureau_id = ? and g.member_id = any(?::uuid[]) and s.year = ?
       union all
       select 'r', r.member_id::text, r.total,
              case when r.outcome -> 'redWarning' = 'true'::jsonb then 'red' end, null
         from annual_result r
         join annual_assessment s on s.bureau_id = r.bureau_id and s.id = r.assessment_id
        where r.bureau_id = ? and r.member_id = any(?::uuid[]) and r.year = ?
          and r.superseded_at is null and s.state::text = any(?::text[])
     ) facts order by kind, at`,
    [scope.bureauId, members, year, scope.bureauId, members, year - 1, `{${APPROVED.join(',')}}`],
  );
  // A member's latest grade counts (grades come oldest first).
  const gradeOf = new Map<string, Row>();
  const previousOf = new Map<string, Row>();
  for (const row of rows) (row.kind === 'g' ? gradeOf : previousOf).set(row.member_id, row);
  const contributions = new Map<string, FactsContribution>();
  for (const memberId of memberIds) {
    const grade = gradeOf.get(memberId);
    const last = previousOf.get(memberId);
    contributions.set(memberId, {
      ...(grade ? { evaluation: { grade: grade.a, id: grade.b! } } : {}),
      previousYear: last ? { total: last.a, redWarning: last.b === 'red' } : null,
    });
  }
  return contributions;
};
