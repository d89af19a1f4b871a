import { preparedRead } from '../../../db/connection/bound-query.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../../graphql/errors.js';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../../tenancy/tenant-scope.js';
import { textArray } from '../../../db/rows/sql-arrays.js';
import { yearSchemesOf } from '../../schemes/year-schemes.js';
import {
  withHeldDefinitions,
  yearSchemesJson,
  type YearSchemesJson,
} from '../../schemes/year-schemes-read.js';
import { checkMonth, schemeInForce } from './monthly-sheet.service.js';
import type { SheetBasis } from './sheet-columns.js';
import { sheetColumns, type SheetSession } from './sheet-columns.js';
import {
  sheetValueRows,
  sheetValuesOf,
  type SheetValueRow,
  type SheetValues,
} from './sheet-values.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A row of the view: the branch (`b`), a member (`m`), a session (`s`), the closing (`c`), the
 * year's schemes (`y`, their json in `c`); with the values, a stored cell or declaration (the
 * kinds of `sheetValueRows`, its version in `pos`, its member in `a`, its code in `b`, its value in
 * `c`, whether a breach is decided in `d`).
 */
type Row = {
  kind: string;
  pos: string | null;
  id: string | null;
  a: string | null;
  b: string | null;
  c: string | null;
  d: boolean | null;
};

const VIEW_KINDS = new Set(['b', 'm', 's', 'c', 'y']);

// The members of the branch in the month, read once: the roster, and whose cells the values are.
const MEMBERS_OF_MONTH = `with ms as materialized (select distinct s.member_id from membership s
         where s.bureau_id = ? and s.branch_id = ?::uuid and s.from_month <= ?
           and (s.to_month is null or s.to_month >= ?))`;

/**
 * What the sheet shows of a branch's month: the branch, the roster (members with a membership in
 * the branch that month, in name order), the sessions held, the month's closing and the year's
 * schemes (the definitions this process holds left out), and with `values` the month's stored
 * cells too, in ONE statement of plain rows (no entities: the sheet's save takes only their ids;
 * writers of sessions and violations load theirs through `loadSheetContext`). Runs on a
 * bureau-wide fork after the caller has checked the actor's role in the branch, like
 * `loadSheetContext`, and names the bureau explicitly as the facts loader does. The scorekeeper's
 * screen is then two reads (this and the quarter's facts), not four.
 */
export async function loadSheetView(
  wide: EntityManager,
  branchId: string,
  month: string,
  monthField = 'month',
  { values = false }: { values?: boolean } = {},
): Promise<SheetBasis & { values?: SheetValues }> {
  const year = checkMonth(month, monthField);
  // Not a uuid: no such branch (rather than PostgreSQL refusing the cast).
  if (!UUID.test(branchId)) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'branchId');
  const scope = wide.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const bureau = scope.bureauId;
  const cellsOf = [bureau, branchId, month];
  // The rows, with the schemes' json (the `y` row) parsed beside them for `withHeldDefinitions`.
  const read = async (held: readonly string[]) => {
    const rows = await preparedRead<Row>(
      wide,
      `${MEMBERS_OF_MONTH}
       select 'b' as kind, null::bigint as pos, id::text as id, name as a, null as b, null as c,
              null::boolean as d
         from branch where bureau_id = ? and id = ?::uuid
       union all
       select 'm', row_number() over (order by m.name, m.id), m.id::text, m.name, m.group_id::text,
              null, null
         from member m where m.bureau_id = ? and m.id in (select member_id from ms)
       union all
       select 's', null, id::text, item_code, to_char(date, 'YYYY-MM-DD'), topic, null
         from branch_session where bureau_id = ? and branch_id = ?::uuid and month = ?
       union all
       select 'c', null, null, reason, coalesce(reason_en, reason), null, null
         from closed_period where bureau_id = ? and branch_id = ?::uuid and month = ?
       union all
       select 'y', null, null, null, null,
              json_build_object(${yearSchemesJson({ bureau: '?::uuid', year: '?::int', held: '?::text[]' })})::text,
              null
       union all
       select kind, version, id::text, member_id::text, code, v, decided
         from (${sheetValueRows(`bureau_id = ? and branch_id = ?::uuid and month = ?
           and member_id in (select member_id from ms)`)}) v
        where ?::boolean`,
      [
        ...[bureau, branchId, month, month], // the members
        ...[bureau, branchId, bureau], // the branch, the roster
        ...[bureau, branchId, month], // the sessions
        ...[bureau, branchId, month], // the closing
        ...[textArray(held), bureau, year, bureau, year], // the schemes
        ...[...cellsOf, ...cellsOf, ...cellsOf, ...cellsOf, ...cellsOf, values],
      ],
    );
    const y = rows.find((r) => r.kind === 'y')?.c;
    return { rows, ...(y ? (JSON.parse(y) as YearSchemesJson) : { schemes: null, items: null }) };
  };
  const { rows, ...json } = (await withHeldDefinitions(read))!;
  const schemes = yearSchemesOf(year, json.schemes ?? [], json.items ?? []);
  const branch = rows.find((r) => r.kind === 'b');
  if (!branch) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'branchId');
  const scheme = schemeInForce(schemes, month, monthField);
  const members = rows
    .filter((r) => r.kind === 'm')
    .sort((x, y) => Number(x.pos) - Number(y.pos))
    .map((r) => ({ id: r.id!, name: r.a!, groupId: r.b }));
  const sessions: SheetSession[] = rows
    .filter((r) => r.kind === 's')
    .map((r) => ({ id: r.id!, itemCode: r.a!, date: r.b!, topic: r.c! }));
  const closing = rows.find((r) => r.kind === 'c');
  return {
    branch: { id: branch.id!, name: branch.a! },
    month,
    year,
    scheme,
    members,
    columns: sheetColumns(scheme.compiled.scheme, branchId, month, sessions),
    closed: closing ? { reason: closing.a!, reasonEn: closing.b! } : null,
    ...(values ? { values: sheetValuesOf(rows.filter(isValueRow).map(valueRowOf)) } : {}),
  };
}

const isValueRow = (r: Row) => !VIEW_KINDS.has(r.kind);

const valueRowOf = (r: Row): SheetValueRow => ({
  kind: r.kind,
  id: r.id!,
  member_id: r.a!,
  code: r.b!,
  v: r.c,
  version: r.pos ?? 0,
  decided: r.d,
});
