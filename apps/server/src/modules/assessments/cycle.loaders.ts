import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { RectificationMeasure } from '../outcomes/rectification-measure.entity.js';
import { AnnualStep } from './annual/annual-step.entity.js';
import { Correction } from './corrections/correction.entity.js';
import { EvaluationGrade } from './annual/evaluation-grade.entity.js';
import { NoticeObjection } from './notices/notice-objection.entity.js';
import { Publication } from './notices/publication.entity.js';

const groupedBy = <T>(rows: T[], ids: readonly string[], key: (row: T) => string) => {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return ids.map((id) => map.get(id)!);
};

/** The period a publication belongs to, as a loader key. */
export const periodKey = (p: Pick<Publication, 'branchId' | 'kind' | 'year' | 'quarter'>) =>
  `${p.branchId}|${p.kind}|${p.year}|${p.quarter}`;

/**
 * The cycle's batch loaders on the request's scoped fork: a list of assessments, publications or
 * cases resolves each nested list in one statement, through the tenant filter.
 */
export function createCycleLoaders(em: EntityManager) {
  const childrenOf = <T extends object>(
    entity: new () => T,
    parentKey: keyof T & string,
    orderBy: Record<string, 'asc' | 'desc'>,
  ) =>
    new DataLoader<string, T[]>(async (ids) =>
      groupedBy(
        await em.find(entity, { [parentKey]: { $in: [...ids] } } as never, { orderBy } as never),
        ids,
        (row) => String(row[parentKey]),
      ),
    );
  return {
    publicationsOf: childrenOf(Publication, 'assessmentId', { number: 'asc' }),
    correctionsOf: childrenOf(Correction, 'assessmentId', { seq: 'asc' }),
    correction: new DataLoader<string, Correction | null>(async (ids) => {
      const rows = await em.find(Correction, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    objectionsOf: childrenOf(NoticeObjection, 'publicationId', { raisedAt: 'asc' }),
    stepsOf: childrenOf(AnnualStep, 'assessmentId', { seq: 'asc' }),
    gradesOf: childrenOf(EvaluationGrade, 'assessmentId', { memberId: 'asc' }),
    measuresOf: childrenOf(RectificationMeasure, 'caseId', { position: 'asc' }),
    /** The number of the latest list of a period (a superseded list takes no objections). */
    latestPublication: new DataLoader<Publication, number, string>(
      async (pubs) => {
        const rows = await em.find(Publication, {
          assessmentId: { $in: [...new Set(pubs.map((p) => p.assessmentId))] },
        });
        const latest = new Map<string, number>();
        for (const r of rows)
          latest.set(periodKey(r), Math.max(latest.get(periodKey(r)) ?? 0, r.number));
        return pubs.map((p) => latest.get(periodKey(p)) ?? p.number);
      },
      { cacheKeyFn: periodKey },
    ),
  };
}
