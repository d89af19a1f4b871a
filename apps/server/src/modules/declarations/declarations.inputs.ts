import { Field, ID, InputType, Int } from 'type-graphql';
import { DeclarationStatus } from './declaration.entity.js';

@InputType('SubmitDeclarationInput', { description: '个人申报特色分项目' })
export class SubmitDeclarationInput {
  @Field(() => ID, { nullable: true, description: '记分员代为登记时填写; 本人申报时留空' })
  memberId?: string | null;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => String, { description: '特色分项目编码' })
  itemCode!: string;

  @Field(() => String, { description: '申报内容' })
  description!: string;

  @Field(() => String, { nullable: true, description: '申报分值 (空: 按项目单位分值)' })
  points?: string | null;

  @Field(() => ID, { description: '佐证材料 (先上传)' })
  evidenceId!: string;
}

@InputType('DecideDeclarationInput', { description: '记分员采纳或不采纳申报' })
export class DecideDeclarationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  accept!: boolean;

  @Field(() => String, { description: '理由' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '采纳的分值 (空: 申报分值)' })
  points?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType('DisputeDeclarationInput', { description: '党员对记分员的决定提出异议' })
export class DisputeDeclarationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType('ResolveDeclarationDisputeInput', { description: '支部委员会对异议作出决定' })
export class ResolveDeclarationDisputeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'true: 维持记分员的决定; false: 改变' })
  upheld!: boolean;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { nullable: true, description: '改为采纳时的分值 (空: 申报分值)' })
  points?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType('DeclarationFilter')
export class DeclarationFilter {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true })
  branchId?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => DeclarationStatus, { nullable: true })
  status?: DeclarationStatus | null;
}
