import { preparedRead } from '../../../db/connection/bound-query.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../../graphql/errors.js';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../../tenancy/tenant-scope.js';
import { checkMonth, schemeOfMonth } from './monthly-sheet.service.js';
import type { SheetBasis } from './sheet-columns.js';
import { sheetColumns, type SheetSession } from './sheet-columns.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = {
  kind: 'b' | 'm' | 's' | 'c';
  pos: string | null;
  id: string | null;
  a: string | null;
  b: string | null;
  c: string | null;
};

/**
 * What the sheet shows of a branch's month: the branch, the roster (members with a membership in
 * the branch that month, in name order), the sessions held and the month's closing, in ONE
 * statement of plain rows (no entities: the sheet's save takes only their ids; writers of sessions
 * and violations load theirs through `loadSheetContext`). Runs on a bureau-wide fork after the
 * caller has checked the actor's role in the branch, like `loadSheetContext`, and names the bureau
 * explicitly as the facts loader does.
 */
export async function loadSheetView(
  wide: EntityManager,
  branchId: string,
  month: string,
  monthField = 'month',
): Promise<SheetBasis> {
  const year = checkMonth(month, monthField);
  // Not a uuid: no such branch (rather than PostgreSQL refusing the cast).
  if (!UUID.test(branchId)) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'branchId');
  const scope = wide.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const bureau = scope.bureauId;
  const rows = await preparedRead<Row>(
    wide,
    `select 'b' as kind, null::bigint as pos, id::text as id, name as a, null as b, null as c
       from branch where bureau_id = ? and id = ?::uuid
     union all
     select 'm', row_number() over (order by m.name, m.id), m.id::text, m.name, m.group_id::text, null
       from member m
      where m.bureau_id = ? and m.id in (
        select s.member_id from membership s
         where s.bureau_id = ? and s.branch_id = ?::uuid and s.from_month <= ?
           and (s.to_month is null or s.to_month >= ?))
     union all
     select 's', null, id::text, item_code, to_char(date, 'YYYY-MM-DD'), topic
       from branch_session where bureau_id = ? and branch_id = ?::uuid and month = ?
     union all
     select 'c', null, null, reason, coalesce(reason_en, reason), null
       from closed_period where bureau_id = ? and branch_id = ?::uuid and month = ?`,
    [bureau, branchId, bureau, bureau, branchId, month, month]
      .concat([bureau, branchId, month])
      .concat([bureau, branchId, month]),
  );
  const branch = rows.find((r) => r.kind === 'b');
  if (!branch) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'branchId');
  const scheme = await schemeOfMonth(wide, year, month, monthField);
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
  };
}
