import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { fieldIncluded, requestedFields } from '../../graphql/execution/requested-fields.js';
import { type Plain, propertiesFor } from '../../db/rows/plain-rows.js';
import { authed, type AppContext } from '../../graphql/context.js';
import { Branch } from '../org/branches/branch.entity.js';
import { Member } from '../org/members/member.entity.js';
import { memberScore } from './member-year/member-score.service.js';
import { maySeeScoresOf } from './score-access.js';
import { joinedRows, scoreList } from './list/score-list.service.js';
import { ScoreSummary } from './score-summary.entity.js';
import { summaryPropertiesAsked } from './roster-scores.js';
import { summaryPeriod } from './scores.loaders.js';
import { MemberScore, ScoreConnection, ScoreListFilter } from './scores.types.js';

@Resolver()
export class ScoresResolver {
  @Authorized()
  @Query(() => MemberScore, {
    description:
      '党员某月 (month)、某季度 (quarter) 或全年的得分及逐行说明; 本人、本支部或全局角色可查',
  })
  memberScore(
    @Arg('memberId', () => ID) memberId: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int, { nullable: true }) month: number | null,
    @Arg('quarter', () => Int, { nullable: true }) quarter: number | null,
    @Arg('asOf', () => String, {
      nullable: true,
      description: '计至月份 YYYY-MM (默认: 各支部最后一个已录入的月份)',
    })
    asOf: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<MemberScore> {
    const { em, actor } = authed(ctx);
    return memberScore(em, actor, memberId, { year, month, quarter, asOf });
  }

  @Authorized()
  @Query(() => ScoreConnection, {
    description: '得分排名: 按支部、党小组、季度、结果筛选, 游标分页',
  })
  async scoreList(
    @Arg('filter', () => ScoreListFilter) filter: ScoreListFilter,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ScoreConnection> {
    const { em, actor } = authed(ctx);
    const asked = requestedFields(info, ['edges', 'node']);
    const of = (field: string) => requestedFields(info, ['edges', 'node', field]);
    return scoreList(
      em,
      actor,
      filter,
      first,
      after,
      {
        summary: propertiesFor(em, ScoreSummary, asked),
        member: asked.has('member') ? propertiesFor(em, Member, of('member')) : null,
        branch: asked.has('branch') ? propertiesFor(em, Branch, of('branch')) : null,
        count: fieldIncluded(info, 'totalCount'),
      },
      ctx.freshness,
    );
  }
}

@Resolver(() => ScoreConnection)
export class ScoreConnectionFieldsResolver {
  @FieldResolver(() => Int, { description: '符合条件的总条数' })
  totalCount(@Root() connection: ScoreConnection): Promise<number> {
    return connection.countTotal();
  }
}

@Resolver(() => ScoreSummary)
export class ScoreSummaryFieldsResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(
    @Root() summary: Plain<ScoreSummary>,
    @Ctx() ctx: AppContext,
  ): Plain<Member> | null | Promise<Plain<Member> | null> {
    // A ranking line carries the member its page read; other summaries go through the loader.
    const { member } = joinedRows(summary);
    return member !== undefined ? member : ctx.loaders.member.get(summary.memberId);
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(
    @Root() summary: Plain<ScoreSummary>,
    @Ctx() ctx: AppContext,
  ): Plain<Branch> | null | Promise<Plain<Branch> | null> {
    const { branch } = joinedRows(summary);
    return branch !== undefined ? branch : ctx.loaders.branch.get(summary.branchId);
  }
}

/** Scores on the roster: each member's year (or quarter) from the summaries, batched per request. */
@Resolver(() => Member)
export class MemberScoreFieldsResolver {
  @FieldResolver(() => ScoreSummary, {
    nullable: true,
    description: '年度 (或季度) 得分及类别明细; 无权查看或尚未计算时为空',
  })
  score(
    @Root() member: Plain<Member>,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter: number | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Plain<ScoreSummary> | null | Promise<Plain<ScoreSummary> | null> {
    const { actor } = authed(ctx);
    const period = summaryPeriod(year, quarter);
    if (!maySeeScoresOf(actor, member.id, [member.branchId])) return null;
    // Known already when the roster prefetched it (roster-scores.ts).
    return ctx.loaders.scoreSummaries
      .with(summaryPropertiesAsked(ctx.em, info.fieldNodes, info.fragments))
      .get(year, period, member.id);
  }
}
