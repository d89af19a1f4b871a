import { useQuery } from '@apollo/client/react';
import { findRuleKind, type LedgerCellKind, type Scheme, type SpecialItem } from '@jifen/scoring';
import { useMemo } from 'react';
import { YearSchemesDocument } from '../graphql/graphql';

export type SchemeItemInfo = {
  code: string;
  nameZh: string;
  nameEn: string;
  section: 'base' | 'special';
  /** The rule's kind: attendance, quarterlySession, declaration… */
  kind: string;
  /** How the ledger records it, as the rule kind describes itself (null for an unknown kind). */
  cell: LedgerCellKind | null;
  /** Points a declaration (or a session) counts, as the scheme says. */
  unitPoints: string | null;
  cap: string | null;
  evidenceZh: string | null;
  evidenceEn: string | null;
  /** Branch-chosen items apply only to these branches. */
  branchIds: readonly string[] | null;
};

const cellOf = (kind: string): LedgerCellKind | null => findRuleKind(kind)?.ledger.cell ?? null;

function infoOf(definition: Scheme): SchemeItemInfo[] {
  const items: SchemeItemInfo[] = [];
  for (const category of definition.sections.base.categories) {
    for (const item of category.items) {
      const rule = item.rule as { kind: string; unitPoints?: unknown; pointsPerMonth?: unknown };
      items.push({
        code: item.code,
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        section: 'base',
        kind: rule.kind,
        cell: cellOf(rule.kind),
        unitPoints:
          rule.unitPoints != null
            ? String(rule.unitPoints)
            : rule.pointsPerMonth != null
              ? String(rule.pointsPerMonth)
              : null,
        cap: null,
        evidenceZh: item.evidence?.zh ?? null,
        evidenceEn: item.evidence?.en ?? null,
        branchIds: null,
      });
    }
  }
  for (const item of definition.sections.special.items as SpecialItem[]) {
    const rule = item.rule as { kind: string; unitPoints?: unknown };
    items.push({
      code: item.code,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      section: 'special',
      kind: rule.kind,
      cell: cellOf(rule.kind),
      unitPoints: rule.unitPoints != null ? String(rule.unitPoints) : null,
      cap: item.cap != null ? String(item.cap) : null,
      evidenceZh: item.evidence?.zh ?? null,
      evidenceEn: item.evidence?.en ?? null,
      branchIds: item.branchIds ?? null,
    });
  }
  return items;
}

/**
 * The year's published scheme in force for `month` (the latest version effective by then), its
 * items, and the names of every item of any version of the year (for labels of older records).
 */
export function useYearScheme(year: number, month?: string) {
  const { data, loading, error } = useQuery(YearSchemesDocument, {
    variables: { year },
    fetchPolicy: 'cache-first',
  });
  return useMemo(() => {
    const schemes = (data?.schemes ?? []).filter((s) => s.status !== 'DRAFT');
    const inForce =
      [...schemes]
        .sort((a, b) => b.effectiveFromMonth.localeCompare(a.effectiveFromMonth))
        .find((s) => !month || s.effectiveFromMonth <= month) ?? schemes[0];
    const items = inForce ? infoOf(inForce.definition as Scheme) : [];
    const names = new Map<string, { nameZh: string; nameEn: string }>();
    for (const s of schemes) for (const i of infoOf(s.definition as Scheme)) names.set(i.code, i);
    for (const i of items) names.set(i.code, i);
    return { scheme: inForce ?? null, items, names, loading: loading && !data, error };
  }, [data, loading, error, month]);
}

/** Special items a member of `branchId` may declare. */
export const declarableItems = (items: readonly SchemeItemInfo[], branchId: string | null) =>
  items.filter(
    (i) =>
      i.section === 'special' &&
      i.cell === 'declaration' &&
      (!i.branchIds || (branchId !== null && i.branchIds.includes(branchId))),
  );

/** Items recorded per session (a sign-in sheet), such as attendance and the quarterly assembly. */
export const sessionItems = (items: readonly SchemeItemInfo[]) =>
  items.filter((i) => i.section === 'base' && i.cell === 'attendance');
