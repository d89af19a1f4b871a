import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { SCHEME_TRIERS } from '../../../auth/permissions.js';
import { authed, type AppContext } from '../../../graphql/context.js';
import { BadInputError } from '../../../graphql/errors.js';
import { say } from '../../../graphql/locale.js';
import { LINE_CHANGE_LABELS } from './line-diff.js';
import { tryOutRecordsYears, TryOutRecordsYear } from './records-years.js';
import { SchemeDraftInput } from './scheme-draft.js';
import { tryOutMember } from './try-out.service.js';
import { SchemeTryOut, TryOutLine } from './try-out.types.js';
import { whatIfWorkbook, type SheetLocale } from './what-if-sheet.js';
import { bureauWhatIf } from './what-if.service.js';
import { SchemeWhatIf, WhatIfFile } from './what-if.types.js';

function sheetLocale(locale: string | null | undefined): SheetLocale {
  if (locale == null || locale === 'zh-CN') return 'zh-CN';
  if (locale === 'en') return 'en';
  throw new BadInputError('语言应为 zh-CN 或 en', 'locale must be zh-CN or en', 'locale');
}

@Resolver()
export class SchemeTryOutResolver {
  @Authorized()
  @Query(() => SchemeTryOut, {
    description:
      '方案试算: 某党员某年度 (或某季度、某月) 的真实台账按现行方案与草稿分别计算, 逐行对照; 机关党委、分析员, 支部书记限本支部党员',
  })
  schemeTryOut(
    @Arg('draft', () => SchemeDraftInput) draft: SchemeDraftInput,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('recordsYear', () => Int, {
      description: '所用台账的年度 (见 tryOutRecordsYears): 计至各支部已录入的月份',
    })
    recordsYear: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter: number | null,
    @Arg('month', () => Int, { nullable: true }) month: number | null,
    @Ctx() ctx: AppContext,
  ): Promise<SchemeTryOut> {
    const { em, actor } = authed(ctx);
    return tryOutMember(em, actor, draft, memberId, { year: recordsYear, quarter, month });
  }

  @Authorized(...SCHEME_TRIERS)
  @Query(() => [TryOutRecordsYear], {
    description:
      '试算可用的台账年度 (本年与上年, 按服务器日历): 各自录入至哪月、已审定支部数、是否按预计, 及该草稿年度默认选用哪一年; 机关党委、分析员、支部书记 (本支部)',
  })
  tryOutRecordsYears(
    @Arg('draftYear', () => Int, { description: '要试算的草稿的年度' }) draftYear: number,
    @Ctx() ctx: AppContext,
  ): Promise<TryOutRecordsYear[]> {
    return tryOutRecordsYears(authed(ctx).em, draftYear);
  }

  @Authorized()
  @Query(() => SchemeWhatIf, {
    description:
      '对比试算: 全局党员某年度的真实台账按现行方案与草稿分别计算及汇总; 机关党委、分析员',
  })
  schemeWhatIf(
    @Arg('draft', () => SchemeDraftInput) draft: SchemeDraftInput,
    @Arg('recordsYear', () => Int) recordsYear: number,
    @Ctx() ctx: AppContext,
  ): Promise<SchemeWhatIf> {
    const { em, actor } = authed(ctx);
    return bureauWhatIf(em, actor, draft, recordsYear);
  }

  @Authorized()
  @Query(() => WhatIfFile, {
    description: '对比试算导出 (.xlsx, base64): 档次变化的党员及各支部汇总',
  })
  async schemeWhatIfExport(
    @Arg('draft', () => SchemeDraftInput) draft: SchemeDraftInput,
    @Arg('recordsYear', () => Int) recordsYear: number,
    @Arg('locale', () => String, { nullable: true, description: 'zh-CN (默认) 或 en' })
    locale: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<WhatIfFile> {
    const chosen = sheetLocale(locale);
    const { em, actor } = authed(ctx);
    return whatIfWorkbook(await bureauWhatIf(em, actor, draft, recordsYear), chosen);
  }
}

@Resolver(() => TryOutLine)
export class TryOutLineFieldsResolver {
  @FieldResolver(() => String, { description: '与现行方案相比的变化 (按请求的语言)' })
  changeLabel(@Root() line: TryOutLine, @Ctx() ctx: AppContext): string {
    return say(LINE_CHANGE_LABELS[line.change], ctx.locale);
  }
}
