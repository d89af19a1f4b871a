import { randomBytes } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { COMMITTEE, requireRole } from '../../../auth/permissions.js';
import { BadInputError } from '../../../graphql/errors.js';
import { auditStep } from '../../assessments/cycle-audit.js';
import { todayInChina } from '../../calendar/clock.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { loadYearSchemes } from '../../schemes/year-schemes.js';
import { snapshotRecords } from './recorded-snapshot.js';
import { SpotCheckItem } from '../spot-check-item.entity.js';
import { loadPopulation } from './spot-check-population.js';
import { SpotCheck } from '../spot-check.entity.js';
import { requestedCount, stratifiedSample, type SampleRequest } from './stratified-sample.js';

export type DrawInput = {
  title: string;
  fromMonth: string;
  toMonth: string;
  size?: number | null;
  share?: number | null;
  seed?: string | null;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SEED = /^[A-Za-z0-9_-]{1,64}$/;
/** A sanity bound: a check is read item by item by a person. */
export const MAX_SAMPLE = 500;

function parseRequest(input: DrawInput): SampleRequest {
  const hasSize = input.size !== null && input.size !== undefined;
  const hasShare = input.share !== null && input.share !== undefined;
  if (hasSize === hasShare) {
    throw new BadInputError(
      '请给出抽样数量或抽样比例（二选一）',
      'Give either a sample size or a share, not both',
      'size',
    );
  }
  if (hasSize) {
    const size = input.size!;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE) {
      throw new BadInputError(
        `抽样数量应为 1 至 ${MAX_SAMPLE} 的整数`,
        `The sample size must be a whole number from 1 to ${MAX_SAMPLE}`,
        'size',
      );
    }
    return { size };
  }
  const share = input.share!;
  if (!(share > 0 && share <= 1)) {
    throw new BadInputError(
      '抽样比例应大于 0 且不超过 1（例如 0.05 表示 5%）',
      'The share must be above 0 and at most 1 (0.05 is 5 %)',
      'share',
    );
  }
  return { share };
}

function checkPeriod(fromMonth: string, toMonth: string): void {
  for (const [field, month] of [
    ['fromMonth', fromMonth],
    ['toMonth', toMonth],
  ] as const) {
    if (!MONTH.test(month)) {
      throw new BadInputError('月份格式应为 YYYY-MM', 'A month must look like YYYY-MM', field);
    }
  }
  if (fromMonth > toMonth) {
    throw new BadInputError(
      '起始月份不能晚于截止月份',
      'The first month must not follow the last',
      'toMonth',
    );
  }
  if (fromMonth.slice(0, 4) !== toMonth.slice(0, 4)) {
    throw new BadInputError(
      '抽查期间应在同一年度内',
      'The period must lie within one year',
      'toMonth',
    );
  }
  if (fromMonth > todayInChina().slice(0, 7)) {
    throw new BadInputError('抽查期间尚未开始', 'The period has not started yet', 'fromMonth');
  }
}

/**
 * Draws a spot check: every record of the period across the bureau's branches is a candidate;
 * the sample is stratified by branch (each branch with records is represented) and ordered by a
 * hash of the stored seed, so the same seed and the same records give the same sample.
 */
export async function drawSpotCheck(
  em: EntityManager,
  actor: Actor,
  input: DrawInput,
): Promise<SpotCheck> {
  const grant = requireRole(actor, COMMITTEE, null);
  const title = input.title.trim();
  if (!title) throw new BadInputError('请填写抽查名称', 'Give the check a title', 'title');
  checkPeriod(input.fromMonth, input.toMonth);
  const request = parseRequest(input);
  const seed = input.seed?.trim() || randomBytes(8).toString('hex');
  if (!SEED.test(seed)) {
    throw new BadInputError(
      '抽样种子只能包含字母、数字、- 和 _（至多 64 个字符）',
      'A seed is 1–64 letters, digits, - or _',
      'seed',
    );
  }
  return em.transactional(async (tx) => {
    const population = await loadPopulation(tx, actor.bureauId, input.fromMonth, input.toMonth);
    if (population.length === 0) {
      throw new BadInputError(
        '该期间内没有可抽查的记录',
        'Nothing was recorded in that period',
        'fromMonth',
      );
    }
    const branches = await tx.find(Branch, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
    const represented = new Set(population.map((p) => p.branchId)).size;
    const count = requestedCount(request, population.length);
    if (count < represented) {
      throw new BadInputError(
        `样本至少应有 ${represented} 项，才能覆盖每个有记录的支部`,
        `The sample needs at least ${represented} items to cover every branch with records`,
        'size' in request ? 'size' : 'share',
        { minimum: represented },
      );
    }
    const drawn = stratifiedSample(
      population,
      count,
      seed,
      branches.map((b) => b.id),
    );
    const snapshots = await snapshotRecords(
      tx,
      drawn,
      await loadYearSchemes(tx, Number(input.fromMonth.slice(0, 4))),
    );
    const check = tx.create(SpotCheck, {
      bureauId: actor.bureauId,
      title,
      fromMonth: input.fromMonth,
      toMonth: input.toMonth,
      seed,
      requestedSize: 'size' in request ? request.size : null,
      requestedShare: 'share' in request ? String(request.share) : null,
      populationSize: population.length,
      sampleSize: drawn.length,
      createdById: actor.userId,
    });
    drawn.forEach((d, position) =>
      tx.create(SpotCheckItem, {
        bureauId: actor.bureauId,
        branch: ref(tx.getReference(Branch, [actor.bureauId, d.branchId])),
        branchId: d.branchId,
        spotCheck: check,
        spotCheckId: check.id,
        position: position + 1,
        kind: d.kind,
        recordId: d.id,
        memberId: d.memberId,
        month: d.month,
        itemCode: d.itemCode,
        recorded: snapshots.get(d.key)!,
      }),
    );
    await tx.flush();
    const perBranch: Record<string, number> = {};
    for (const d of drawn) perBranch[d.branchId] = (perBranch[d.branchId] ?? 0) + 1;
    await auditStep(tx, actor, grant.role, {
      operation: 'spotCheck.draw',
      entityName: 'SpotCheck',
      entityId: check.id,
      after: {
        title,
        fromMonth: input.fromMonth,
        toMonth: input.toMonth,
        seed,
        request,
        populationSize: population.length,
        sampleSize: drawn.length,
        // Counts only: the entry is bureau-wide, and a branch may not read the others' record ids
        // (the seed and the records reproduce the sample).
        perBranch,
      },
    });
    return check;
  });
}
