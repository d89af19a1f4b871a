import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import type { Plain } from '../../db/rows/plain-rows.js';
import type { AppContext } from '../../graphql/context.js';
import { acting } from '../../graphql/context.js';
import { Branch } from '../org/branches/branch.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditChanges, ID_FIELDS, UUID } from './audit-fields.js';
import { entityLabel, operationLabel } from './audit-labels.js';
import { auditCatalogue, auditLog, verifyAuditChainFor } from './audit-log.service.js';
import { auditSubject } from './subject/audit-subject.js';
import {
  AuditCatalogue,
  AuditChainStatus,
  AuditFieldChangeType,
  AuditFilterInput,
  AuditPage,
} from './audit-log.types.js';

const ROLE_VALUES = new Set<string>(Object.values(Role));
// UUID unanchored, to find every id in a text.
const UUIDS = new RegExp(UUID.source.slice(1, -1), 'gi');
// Fields that list members (or branches) by id; a signature's undecided declarations are neither,
// and keep their ids.
const MEMBER_KEYED = new Set([
  'memberIds',
  'attendees',
  'totals',
  'grades',
  'confirmations',
  'perBranch',
]);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditPage, {
    description: '审计日志 (机关党委看全局; 支部书记只看本支部的条目), 新的在前',
  })
  auditEntries(
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: AppContext,
  ): Promise<AuditPage> {
    return auditLog(acting(ctx), filter ?? {}, offset, limit);
  }

  @Authorized()
  @Query(() => AuditCatalogue, { description: '审计日志的操作与对象类型及其名称' })
  auditCatalogue(@Ctx() ctx: AppContext): AuditCatalogue {
    return auditCatalogue(acting(ctx));
  }

  @Authorized()
  @Query(() => AuditChainStatus, {
    description: '校验本机关审计日志的哈希链 (机关党委): 完整, 或第一个断开的条目',
  })
  auditChainStatus(@Ctx() ctx: AppContext): Promise<AuditChainStatus> {
    return verifyAuditChainFor(acting(ctx));
  }

  @FieldResolver(() => String, { description: '操作名称' })
  operationLabel(@Root() entry: AuditEntry): string {
    return operationLabel(entry.operation).zh;
  }

  @FieldResolver(() => String, { description: 'Operation, in English' })
  operationLabelEn(@Root() entry: AuditEntry): string {
    return operationLabel(entry.operation).en;
  }

  @FieldResolver(() => String, { description: '对象类型名称' })
  entityLabel(@Root() entry: AuditEntry): string {
    return entityLabel(entry.entityName).zh;
  }

  @FieldResolver(() => String, { description: 'Entity kind, in English' })
  entityLabelEn(@Root() entry: AuditEntry): string {
    return entityLabel(entry.entityName).en;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '所涉对象, 如 张三 · 2026年3月、2026年第三季度 (本人可见的记录才显示名称; 无可名之物为 null)',
  })
  async subject(@Root() entry: AuditEntry, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await auditSubject(entry, ctx.loaders.auditSubjects))?.zh ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The record, in English' })
  async subjectEn(@Root() entry: AuditEntry, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await auditSubject(entry, ctx.loaders.auditSubjects))?.en ?? null;
  }

  @FieldResolver(() => Role, { nullable: true, description: '操作人当时所用的角色' })
  role(@Root() entry: AuditEntry): Role | null {
    return ROLE_VALUES.has(entry.actorRole as Role) ? (entry.actorRole as Role) : null;
  }

  @FieldResolver(() => Branch, { nullable: true, description: '所涉支部; 全局操作为 null' })
  async branch(@Root() entry: AuditEntry, @Ctx() ctx: AppContext): Promise<Plain<Branch> | null> {
    return entry.branchId ? ctx.loaders.branch.load(entry.branchId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '操作人姓名 (系统操作为 null)' })
  async actorName(@Root() entry: AuditEntry, @Ctx() ctx: AppContext): Promise<string | null> {
    if (!entry.actorUserId) return null;
    return (await ctx.loaders.userAccount.load(entry.actorUserId))?.displayName ?? null;
  }

  @FieldResolver(() => [AuditFieldChangeType], {
    description: '前后值逐项 (字段名称与代码均为文字; 支部、党小组、党员以名称显示)',
  })
  async changes(
    @Root() entry: AuditEntry,
    @Ctx() ctx: AppContext,
    @Arg('memberId', () => ID, {
      nullable: true,
      description: '只要该党员的一行: 逐人记录的字段 (各人总分、等次、确认) 中其他党员的行不返回',
    })
    memberId: string | null,
  ): Promise<AuditFieldChangeType[]> {
    const all = auditChanges(entry.before, entry.after, entry.entityName);
    // A member's page reads only their own row of a field recorded member by member.
    const rows = memberId
      ? all.filter((r) => r.field.split('.').every((p) => !UUID.test(p) || p === memberId))
      : all;
    // Ids read as names where the viewer can see the row; otherwise the id stays, as recorded.
    const look = ctx.loaders.auditSubjects;
    const name = async (kind: 'branch' | 'group' | 'member' | 'user', id: string | null) => {
      if (!id || !UUID.test(id)) return id;
      const found =
        kind === 'branch'
          ? await look.branchName(id)
          : kind === 'group'
            ? await look.groupName(id)
            : kind === 'user'
              ? await look.userName(id)
              : await look.memberName(id);
      return found ?? id;
    };
    // A map keyed by members or branches (totals, grades, a sample per branch) or a list of
    // members: each id by its name.
    const members = async (text: string | null): Promise<string | null> => {
      if (!text) return text;
      const ids = [...new Set(text.match(UUIDS) ?? [])];
      const names = await Promise.all(
        ids.map(async (id) => {
          const member = await name('member', id);
          return member !== id ? member : name('branch', id);
        }),
      );
      return ids.reduce((out, id, i) => out.split(id).join(names[i] ?? id), text);
    };
    return Promise.all(
      rows.map(async (row) => {
        const kind = ID_FIELDS[row.field.split('.').pop()!];
        if (kind) {
          const [before, after] = await Promise.all([
            name(kind, row.before),
            name(kind, row.after),
          ]);
          return { ...row, before, beforeEn: before, after, afterEn: after };
        }
        const path = row.field.split('.');
        if (!MEMBER_KEYED.has(path[0]!) && !path.some((p) => UUID.test(p))) return row;
        const named = async (
          key: 'label' | 'labelEn' | 'before' | 'beforeEn' | 'after' | 'afterEn',
        ) => [key, await members(row[key])] as const;
        return {
          ...row,
          ...Object.fromEntries(
            await Promise.all(
              (['label', 'labelEn', 'before', 'beforeEn', 'after', 'afterEn'] as const).map(named),
            ),
          ),
        };
      }),
    );
  }
}
