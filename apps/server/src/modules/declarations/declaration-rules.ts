import type { EntityManager } from '@mikro-orm/postgresql';
import { findRuleKind, type SpecialItem } from '@jifen/scoring';
import { BadInputError } from '../../graphql/errors.js';
import { checkMonth } from '../ledger/sheet/monthly-sheet.service.js';
import { Membership } from '../org/members/membership.entity.js';
import { loadYearSchemes } from '../schemes/year-schemes.js';

const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** The branch a member belonged to in a month, or null (read bureau-wide: the member may have moved). */
export async function branchOfMonth(
  wide: EntityManager,
  memberId: string,
  month: string,
): Promise<string | null> {
  const stretch = await wide.findOne(
    Membership,
    {
      memberId,
      fromMonth: { $lte: month },
      $or: [{ toMonth: null }, { toMonth: { $gte: month } }],
    },
    { orderBy: { fromMonth: 'desc' } },
  );
  return stretch?.branchId ?? null;
}

/** The special item a declaration names, if the scheme in force that month lets the branch declare it. */
export async function declarableItem(
  wide: EntityManager,
  month: string,
  itemCode: string,
  branchId: string,
  field: string,
): Promise<SpecialItem> {
  const year = checkMonth(month, 'input.month');
  const scheme = (await loadYearSchemes(wide, year)).forMonth(month);
  if (!scheme) {
    throw new BadInputError(
      `${month} 不在任何已发布积分方案的年度内`,
      `${month} is outside any published scheme's year`,
      'input.month',
    );
  }
  const item = scheme.compiled.scheme.sections.special.items.find((i) => i.code === itemCode);
  if (
    !item ||
    // Declared items are those whose rule kind records them as declarations.
    findRuleKind(item.rule.kind)?.ledger.cell !== 'declaration' ||
    (item.branchIds && !item.branchIds.includes(branchId))
  ) {
    throw new BadInputError(
      `项目 ${itemCode} 不是本支部本年度可申报的特色分项目`,
      `${itemCode} is not a special item this branch may declare this year`,
      field,
    );
  }
  return item;
}

/** Points asked for: a decimal above 0 and at most the item's points per declaration. */
export function checkPoints(
  points: string | null | undefined,
  item: SpecialItem,
  field: string,
): string | null {
  if (points == null || points === '') return null;
  const unit = String((item.rule as { unitPoints: string | number }).unitPoints);
  if (!DECIMAL.test(points) || Number(points) <= 0 || Number(points) > Number(unit)) {
    throw new BadInputError(
      `分值应大于 0 且不超过每次 ${unit} 分`,
      `Points must be above 0 and at most ${unit} per declaration`,
      field,
    );
  }
  return points;
}

export function requireReason(reason: string, field = 'input.reason'): string {
  if (!reason.trim()) throw new BadInputError('请填写理由', 'A reason is required', field);
  return reason.trim();
}
