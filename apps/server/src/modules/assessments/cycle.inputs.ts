import { Field, ID, InputType, Int } from 'type-graphql';
import { PublicationKind } from './notices/publication.entity.js';

@InputType('QuarterKeyInput')
export class QuarterKeyInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1–4' })
  quarter!: number;
}

@InputType('QuarterRecordResponseInput', { description: '党员核对确认 (或提出异议)' })
export class QuarterRecordResponseInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID, { description: '本人; 考评小组可代为登记党员当面确认的结果' })
  memberId!: string;

  @Field(() => Boolean, { description: 'true 确认, false 提出异议' })
  agree!: boolean;

  @Field(() => String, { nullable: true })
  objection?: string | null;
}

@InputType('NoticeObjectionInput')
export class NoticeObjectionInput {
  @Field(() => ID)
  publicationId!: string;

  @Field(() => ID, { description: '对谁的结果有异议' })
  memberId!: string;

  @Field(() => String)
  content!: string;
}

@InputType('ObjectionDecisionInput')
export class ObjectionDecisionInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => Boolean, { description: 'true 异议成立 (将开启更正), false 异议不成立' })
  uphold!: boolean;

  @Field(() => String)
  decision!: string;
}

@InputType('CorrectionInput')
export class CorrectionInput {
  @Field(() => PublicationKind)
  kind!: PublicationKind;

  @Field(() => ID)
  assessmentId!: string;

  @Field(() => [ID])
  memberIds!: string[];

  @Field(() => [String], {
    nullable: true,
    description: '重新开放的台账月份 YYYY-MM; 季度默认全部三个月, 年度默认不开放台账',
  })
  months?: string[] | null;

  @Field(() => String)
  reason!: string;
}

@InputType('EvaluationGradeInput')
export class EvaluationGradeInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: '方案中的等次代码, 如 excellent / qualified' })
  grade!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('InterviewInput')
export class InterviewInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  interviewedOn!: string;

  @Field(() => String)
  record!: string;

  @Field(() => String)
  causes!: string;
}

@InputType('MeasureInput')
export class MeasureInputType {
  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  deadline!: string;
}

@InputType('MeasureDoneInput')
export class MeasureDoneInput {
  @Field(() => ID)
  measureId!: string;

  @Field(() => String)
  doneOn!: string;

  @Field(() => String)
  note!: string;
}
