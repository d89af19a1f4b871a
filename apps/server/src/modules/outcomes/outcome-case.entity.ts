import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Member } from '../org/members/member.entity.js';
import { ACROSS_BRANCHES } from '../assessments/across-branches.js';
import { UserAccount } from '../org/users/user-account.entity.js';
import { CaseState } from './outcome-case-machine.js';
import { clock } from '../calendar/clock.js';

export enum WarningLevel {
  /** 黄色预警: 支部书记约谈提醒并督促其提高. */
  YELLOW = 'yellow',
  /** 红色预警: 帮扶教育, 限期改正, 取消本年度评先评优资格. */
  RED = 'red',
}
registerEnumType(WarningLevel, { name: 'WarningLevel', description: '黄色 / 红色预警' });

/** The outcome band each level is (its words are the band's: outcomeBandLabel). */
export const LEVEL_BANDS: Record<WarningLevel, string> = {
  [WarningLevel.YELLOW]: 'yellowWarning',
  [WarningLevel.RED]: 'redWarning',
};

/**
 * The case a yellow or red result opens (双色预警和处置): the secretary's interview, the causes
 * found, the rectification measures with their deadlines, tracked to closure.
 */
@ObjectType('OutcomeCase', { description: '预警处置', simpleResolvers: true })
@Entity({ tableName: 'outcome_case' })
@Unique({ properties: ['bureauId', 'memberId', 'year'] })
export class OutcomeCase extends BranchOwned {
  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ownColumns: ['member_id'],
    ref: true,
    filters: ACROSS_BRANCHES,
  })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  annualAssessmentId!: string;

  @Field(() => WarningLevel)
  @Enum({ items: () => WarningLevel, nativeEnumName: 'warning_level' })
  level!: WarningLevel;

  @Field(() => String, { description: '触发预警的年度得分' })
  @Property({ type: 'text' })
  total!: string;

  @Field(() => Boolean, { description: '连续两年低于 60 分: 报机关党委' })
  @Property({ type: 'boolean', default: false })
  redTwoYearsRunning: boolean & Opt = false;

  @Field(() => Boolean, { description: '预备党员: 视情延长预备期' })
  @Property({ type: 'boolean', default: false })
  probationExtension: boolean & Opt = false;

  @Field(() => CaseState)
  @Enum({ items: () => CaseState, nativeEnumName: 'case_state' })
  state: CaseState & Opt = CaseState.OPEN;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  openedAt: Date & Opt = clock().now();

  @Field(() => String, { nullable: true, description: '约谈日期' })
  @Property({ type: 'date', nullable: true })
  interviewedOn?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'interviewer_id'],
    ownColumns: ['interviewer_id'],
    ref: true,
    nullable: true,
  })
  interviewer?: Ref<UserAccount> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'interviewer_id', persist: false, nullable: true })
  interviewerId?: string | null;

  @Field(() => String, { nullable: true, description: '约谈记录' })
  @Property({ type: 'text', nullable: true })
  interviewRecord?: string | null;

  @Field(() => String, { nullable: true, description: '积分落后的原因' })
  @Property({ type: 'text', nullable: true })
  causes?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** Read through the resolver: a withdrawn case's note is composed in the reader's language. */
  @Property({ type: 'text', nullable: true })
  closingNote?: string | null;

  @Field(() => String, { nullable: true, description: '更正后的年度总分 (更正撤销预警时)' })
  @Property({ type: 'text', nullable: true })
  withdrawnTotal?: string | null;
}
