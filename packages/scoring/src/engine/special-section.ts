import type { Exact } from '../exact/exact.js';
import { plus, ZERO } from '../exact/constants.js';
import { formatExact } from '../exact/exact-text.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { MonthContext } from '../facts/month-context.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';
import { capLine } from './base-section.js';

/** The special section of a period, exact. */
export type SpecialOutcome = { total: Exact; items: Exact[] };

/**
 * Scores the special section: the period's accepted declarations added up per item, each item
 * capped, then each parent with its branch items capped, then the section capped. Branch items
 * count only in months the member was in a branch they are approved for.
 */
export function scoreSpecial(
  scheme: CompiledScheme,
  contexts: readonly MonthContext[],
  lines: ExplanationLine[] | undefined,
): SpecialOutcome {
  const sums: Exact[] = scheme.special.items.map(() => ZERO);
  for (const ctx of contexts) {
    const earned = scoreSpecialMonth(scheme, ctx, lines);
    for (let i = 0; i < sums.length; i++) {
      sums[i] = plus(sums[i] as Exact, earned[i] as Exact);
    }
  }
  return capSpecial(scheme, sums, lines);
}

/** Per special item, what one month earned (ZERO in a branch the item is not approved for). */
export function scoreSpecialMonth(
  scheme: CompiledScheme,
  ctx: MonthContext,
  lines?: ExplanationLine[],
): Exact[] {
  return scheme.special.items.map((item) => {
    if (item.branchIds && !item.branchIds.has(ctx.branchId)) {
      const declarations = ctx.declarations(item.code);
      if (lines && declarations.length > 0) {
        lines.push({
          section: 'special',
          itemCode: item.code,
          kind: 'notApprovedForBranch',
          month: ctx.month,
          branchId: ctx.branchId,
          label: item.label,
          inputs: { branchId: ctx.branchId },
          records: declarations.map((d) => d.id),
          formula: '0',
          raw: '0',
          points: '0',
        });
      }
      return ZERO;
    }
    const result = item.rule.scoreMonth(ctx);
    if (lines) {
      for (const part of result.parts) {
        const raw = part.role === 'earned' ? part.raw : part.raw.neg();
        const rawText = formatExact(raw);
        lines.push({
          section: 'special',
          itemCode: item.code,
          kind: item.kind,
          month: ctx.month,
          branchId: ctx.branchId,
          label: item.label,
          inputs: part.inputs,
          records: part.records,
          formula: part.role === 'earned' ? part.formula : { op: 'neg', args: [part.formula] },
          raw: rawText,
          points: rawText,
        });
      }
    }
    return result.earned;
  });
}

/** The section from its items' sums over the period: item, parent and section caps. */
export function capSpecial(
  scheme: CompiledScheme,
  sums: readonly Exact[],
  lines: ExplanationLine[] | undefined,
): SpecialOutcome {
  const { items } = scheme.special;
  // Item caps.
  const capped = items.map((item, i) => {
    const sum = sums[i] as Exact;
    if (sum.compare(item.cap) <= 0) return sum;
    lines?.push(
      capLine('special', 'itemCap', item.label, sum, item.cap, sum.sub(item.cap), item.code),
    );
    return item.cap;
  });
  // Parent caps: a parent and the branch items under it share the parent's cap.
  let total: Exact = ZERO;
  items.forEach((item, i) => {
    if (item.parent !== undefined) return;
    let group = capped[i] as Exact;
    let children = false;
    items.forEach((child, j) => {
      if (child.parent === item.code) {
        group = plus(group, capped[j] as Exact);
        children = true;
      }
    });
    if (children && group.compare(item.cap) > 0) {
      lines?.push(
        capLine(
          'special',
          'parentCap',
          item.label,
          group,
          item.cap,
          group.sub(item.cap),
          item.code,
        ),
      );
      group = item.cap;
    }
    total = plus(total, group);
  });
  if (total.compare(scheme.special.cap) > 0) {
    lines?.push(
      capLine(
        'special',
        'sectionCap',
        scheme.special.label,
        total,
        scheme.special.cap,
        total.sub(scheme.special.cap),
      ),
    );
    total = scheme.special.cap;
  }
  return { total, items: capped };
}
