import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/json-scalar.js';
import { Member } from '../org/members/member.entity.js';
import { MemberConfirmation } from './quarter/member-confirmation.entity.js';

/**
 * A member's score as the cycle shows it: computed live while a period is under review, or as
 * frozen when it was signed or submitted (`frozen`, `revision`). The explanation lines are shown
 * to the member and to those who read the branch's assessment.
 */
@ObjectType('CycleScore', {
  simpleResolvers: true,
  description: '党员在某期间的得分 (考评中为实时计算, 签字或上报后为冻结结果)',
})
export class ScoreView {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  total!: string;

  @Field(() => String)
  totalExact!: string;

  @Field(() => String)
  base!: string;

  @Field(() => String)
  special!: string;

  @Field(() => String, { nullable: true, description: '评议分 (年度)' })
  evaluation!: string | null;

  @Field(() => String, { nullable: true, description: '民主评议等次 (年度)' })
  grade!: string | null;

  @Field(() => GraphQLJSON)
  categories!: unknown;

  @Field(() => GraphQLJSON)
  specialItems!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: '计分说明 (本人及考评人员可见)' })
  lines!: unknown[] | null;

  @Field(() => GraphQLJSON)
  warnings!: unknown[];

  @Field(() => Int)
  schemeVersion!: number;

  @Field(() => Boolean)
  frozen!: boolean;

  @Field(() => Int, { nullable: true })
  revision!: number | null;

  @Field(() => String, {
    nullable: true,
    description: '结果档次 (年度): priorityCandidate … redWarning',
  })
  band!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '积分运用标志 (年度)' })
  outcome!: unknown;
}

@ObjectType('QuarterReviewRow', {
  description: '季度考评中一名党员的记录与确认',
  simpleResolvers: true,
})
export class QuarterReviewRow {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Member, { nullable: true })
  member!: Member | null;

  @Field(() => MemberConfirmation, { nullable: true })
  confirmation!: MemberConfirmation | null;

  @Field(() => ScoreView, { nullable: true })
  score!: ScoreView | null;

  @Field(() => Boolean, { description: '确认后积分有变动, 需重新确认' })
  changedSinceConfirmed!: boolean;
}

@ObjectType('PublishedRow', {
  description: '公示名单中的一行 (发布时的原样)',
  simpleResolvers: true,
})
export class PublishedRowType {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  total!: string;

  @Field(() => String)
  base!: string;

  @Field(() => String)
  special!: string;

  @Field(() => String, { nullable: true })
  evaluation?: string | null;

  @Field(() => String, { nullable: true })
  grade?: string | null;

  @Field(() => String, { nullable: true })
  band?: string | null;

  @Field(() => Int)
  revision!: number;
}

@ObjectType('YearOutcome', {
  description: '年度积分运用: 一名党员的结果与标志',
  simpleResolvers: true,
})
export class YearOutcomeRow {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  total!: string;

  @Field(() => String)
  band!: string;

  @Field(() => Boolean, { description: '优先作为评优评先、提拔任用推荐对象' })
  priorityCandidate!: boolean;

  @Field(() => Boolean, { description: '学习、培训等激励关怀' })
  incentive!: boolean;

  @Field(() => Boolean)
  yellowWarning!: boolean;

  @Field(() => Boolean, { description: '红色预警: 取消本年度评先评优资格' })
  redWarning!: boolean;

  @Field(() => Boolean, { description: '连续两年低于 60 分: 报机关党委' })
  redTwoYearsRunning!: boolean;

  @Field(() => Boolean)
  probationaryInterview!: boolean;

  @Field(() => Boolean)
  probationExtension!: boolean;

  @Field(() => Boolean, { description: '本年度评先评优候选 (优先推荐且无红色预警)' })
  awardCandidate!: boolean;
}
