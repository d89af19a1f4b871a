import type { EntityManager } from '@mikro-orm/postgresql';
import { plainDecimal } from '../../ledger/sheet/sheet-values.js';
import type { YearSchemes } from '../../schemes/year-schemes.js';
import type { RecordedEvidence, RecordedItem } from './recorded-item.js';
import { SpotCheckItemKind } from '../spot-check-kind.js';
import type { PopulationRecord } from './spot-check-population.js';

type Row = Record<string, unknown>;
/** An array parameter as PostgreSQL's literal (the ORM would spread a JS array into a list). */
const pgArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The table of each kind and the columns shown (dates as text: `YYYY-MM-DD`). */
const READ: Record<SpotCheckItemKind, [string, string]> = {
  [SpotCheckItemKind.QUOTA_ENTRY]: ['quota_entry', 'value::text as value'],
  [SpotCheckItemKind.DUTY_ENTRY]: ['duty_entry', 'status, paid_on::text as paid_on'],
  [SpotCheckItemKind.VIOLATION]: [
    'violation',
    'count, note, decision, decided_on::text as decided_on, evidence_id',
  ],
  [SpotCheckItemKind.SESSION]: ['branch_session', 'date::text as date, topic, evidence_id'],
  [SpotCheckItemKind.DECLARATION]: [
    'declaration',
    'description, counted_points::text as counted_points, evidence_id',
  ],
};

/** Every item's name in a year's schemes (base and special), by code. */
function itemNames(schemes: YearSchemes): Map<string, { zh: string; en: string }> {
  const names = new Map<string, { zh: string; en: string }>();
  for (const v of schemes.versions) {
    const { sections } = v.compiled.scheme;
    for (const category of sections.base.categories)
      for (const item of category.items) names.set(item.code, { zh: item.nameZh, en: item.nameEn });
    for (const item of sections.special.items)
      names.set(item.code, { zh: item.nameZh, en: item.nameEn });
  }
  return names;
}

async function rowsOf(
  tx: EntityManager,
  table: string,
  columns: string,
  ids: string[],
): Promise<Map<string, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.execute<Row[]>(
    `select id, ${columns} from ${table} where id = any(?::uuid[])`,
    [pgArray(ids)],
  );
  return new Map(rows.map((r) => [String(r['id']), r]));
}

/**
 * What each drawn record says, read once when it is drawn: the values, the member's name, the
 * item's name, the sign-in sheet's names and the evidence. A handful of statements per check.
 */
export async function snapshotRecords(
  tx: EntityManager,
  drawn: readonly PopulationRecord[],
  schemes: YearSchemes,
): Promise<Map<string, RecordedItem>> {
  const ids = (kind: SpotCheckItemKind) => drawn.filter((d) => d.kind === kind).map((d) => d.id);
  const rows = new Map<SpotCheckItemKind, Map<string, Row>>();
  for (const kind of Object.values(SpotCheckItemKind)) {
    const [table, columns] = READ[kind];
    rows.set(kind, await rowsOf(tx, table, columns, ids(kind)));
  }
  const sessionIds = ids(SpotCheckItemKind.SESSION);
  const attendees = new Map<string, string[]>();
  if (sessionIds.length) {
    const signed = await tx.execute<{ session_id: string; name: string }[]>(
      `select a.session_id, m.name from attendance a
         join member m on m.bureau_id = a.bureau_id and m.id = a.member_id
       where a.session_id = any(?::uuid[]) and a.present order by m.name`,
      [pgArray(sessionIds)],
    );
    for (const s of signed)
      attendees.set(s.session_id, [...(attendees.get(s.session_id) ?? []), s.name]);
  }
  const memberIds = [...new Set(drawn.map((d) => d.memberId).filter((id): id is string => !!id))];
  const members = await rowsOf(tx, 'member', 'name', memberIds);
  const evidenceIds = [...rows.values()]
    .flatMap((m) => [...m.values()])
    .map((r) => r['evidence_id'])
    .filter((id): id is string => typeof id === 'string');
  const evidence = await rowsOf(tx, 'evidence_file', 'file_name, mime_type', [
    ...new Set(evidenceIds),
  ]);
  const names = itemNames(schemes);

  const snapshots = new Map<string, RecordedItem>();
  for (const d of drawn) {
    const r = rows.get(d.kind)!.get(d.id) ?? {};
    const file = typeof r['evidence_id'] === 'string' ? evidence.get(r['evidence_id']) : undefined;
    const name = names.get(d.itemCode) ?? { zh: d.itemCode, en: d.itemCode };
    const recorded: RecordedItem = {
      memberName: d.memberId ? text(members.get(d.memberId)?.['name']) : null,
      itemNameZh: name.zh,
      itemNameEn: name.en,
      evidence: file
        ? ({
            id: String(file['id']),
            fileName: String(file['file_name']),
            mimeType: String(file['mime_type']),
          } satisfies RecordedEvidence)
        : null,
    };
    switch (d.kind) {
      case SpotCheckItemKind.QUOTA_ENTRY:
        recorded.value = plainDecimal(text(r['value']));
        break;
      case SpotCheckItemKind.DUTY_ENTRY:
        recorded.dutyStatus = text(r['status']);
        recorded.paidOn = text(r['paid_on']);
        break;
      case SpotCheckItemKind.VIOLATION:
        recorded.count = Number(r['count'] ?? 0);
        recorded.note = text(r['note']);
        recorded.decision = text(r['decision']);
        recorded.date = text(r['decided_on']);
        break;
      case SpotCheckItemKind.SESSION:
        recorded.date = text(r['date']);
        recorded.topic = text(r['topic']);
        recorded.attendees = attendees.get(d.id) ?? [];
        break;
      case SpotCheckItemKind.DECLARATION:
        recorded.note = text(r['description']);
        recorded.points = text(r['counted_points']);
        break;
    }
    snapshots.set(d.key, recorded);
  }
  return snapshots;
}
