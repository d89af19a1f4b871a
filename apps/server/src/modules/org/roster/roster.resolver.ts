import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../../graphql/context.js';
import { acting } from '../../../graphql/context.js';
import { say } from '../../../graphql/locale.js';
import { exportRoster } from './roster-export.service.js';
import {
  importRoster,
  previewRosterImport,
  type RosterAction,
  type RosterPlan,
} from './roster-import.service.js';
import {
  RosterFileType,
  RosterImportInput,
  RosterImportResultType,
  RosterImportRowType,
  RosterRowAction,
  ROSTER_ROW_ACTION_LABELS,
} from './roster.types.js';

function result(plan: RosterPlan): RosterImportResultType {
  const count = (a: RosterAction) => plan.rows.filter((r) => r.action === a).length;
  return {
    ...plan,
    rows: plan.rows.map((r) => ({ ...r, action: RosterRowAction[r.action] })),
    valid: plan.errors.length === 0,
    created: count('CREATE'),
    updated: count('UPDATE'),
    unchanged: count('UNCHANGED'),
  };
}

@Resolver()
export class RosterResolver {
  @Authorized()
  @Query(() => RosterImportResultType, {
    description: '名册导入预览: 每行将新增或修改什么, 以及每行的错误; 不写入任何数据',
  })
  async rosterImportPreview(
    @Arg('input', () => RosterImportInput) input: RosterImportInput,
    @Ctx() ctx: AppContext,
  ): Promise<RosterImportResultType> {
    return result(await previewRosterImport(acting(ctx), input));
  }

  @Authorized()
  @Mutation(() => RosterImportResultType, {
    description:
      '名册导入: 全表无误才写入, 否则一行也不写 (BAD_USER_INPUT, extensions.details.errors)',
  })
  async importRoster(
    @Arg('input', () => RosterImportInput) input: RosterImportInput,
    @Ctx() ctx: AppContext,
  ): Promise<RosterImportResultType> {
    return result(await importRoster(acting(ctx), input));
  }

  @Authorized()
  @Query(() => RosterFileType, {
    description: '导出名册 (.xlsx): 指定支部, 或当前账号可查看名册的全部支部',
  })
  rosterExport(
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<RosterFileType> {
    return exportRoster(acting(ctx), branchId);
  }
}

@Resolver(() => RosterImportRowType)
export class RosterImportRowFieldsResolver {
  @FieldResolver(() => String, { description: '这一行将做的事 (按请求的语言)' })
  actionLabel(@Root() row: RosterImportRowType, @Ctx() ctx: AppContext): string {
    return say(ROSTER_ROW_ACTION_LABELS[row.action], ctx.locale);
  }
}
