import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit-entry.entity.js';

@InputType({ description: '审计日志筛选: 未填的条件不限' })
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: '支部 (支部书记只能查本支部)' })
  branchId?: string | null;

  @Field(() => ID, { nullable: true, description: '操作人 (用户账号)' })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: '操作, 如 member.update' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: '对象类型, 如 Member' })
  entityName?: string | null;

  @Field(() => String, { nullable: true, description: '对象编号' })
  entityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '涉及的党员: 其本人信息、申报、预警处置及整改措施的条目, 以及逐人记录其得分、等次或确认的条目',
  })
  memberId?: string | null;

  @Field(() => Date, { nullable: true, description: '自 (含)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '至 (含)' })
  to?: Date | null;
}

@ObjectType('AuditPage', { description: '一页审计日志, 新的在前', simpleResolvers: true })
export class AuditPage {
  @Field(() => Int, { description: '符合条件的条目总数' })
  total!: number;

  @Field(() => [AuditEntry])
  entries!: AuditEntry[];
}

@ObjectType('AuditCode', { description: '审计日志中的一个代码及其名称', simpleResolvers: true })
export class AuditCode {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  labelEn!: string;
}

@ObjectType('AuditCatalogue', { description: '筛选用的操作与对象类型', simpleResolvers: true })
export class AuditCatalogue {
  @Field(() => [AuditCode])
  operations!: AuditCode[];

  @Field(() => [AuditCode])
  entities!: AuditCode[];

  @Field(() => Boolean, { description: '当前账号可否校验哈希链 (机关党委)' })
  canVerifyChain!: boolean;
}

@ObjectType('AuditChainStatus', { description: '审计日志哈希链校验结果', simpleResolvers: true })
export class AuditChainStatus {
  @Field(() => Boolean, { description: '链条完整' })
  ok!: boolean;

  @Field(() => Int, { description: '校验通过的条目数' })
  entries!: number;

  @Field(() => Int, { nullable: true, description: '第一个断开的条目序号' })
  brokenAt!: number | null;

  @Field(() => String, { nullable: true, description: '断开原因' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is broken, in English' })
  reasonEn!: string | null;

  @Field(() => Date)
  checkedAt!: Date;
}

@ObjectType('AuditFieldChange', {
  simpleResolvers: true,
  description: '审计条目中一项的前后值: 字段名称与代码均已译成文字 (中文与英文)',
})
export class AuditFieldChangeType {
  @Field(() => String, { description: '字段路径, 如 membership.fromMonth' })
  field!: string;

  @Field(() => String, { description: '字段名称' })
  label!: string;

  @Field(() => String, { description: 'Field, in English' })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: '变更前 (文字)' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Before, in English' })
  beforeEn!: string | null;

  @Field(() => String, { nullable: true, description: '变更后 (文字)' })
  after!: string | null;

  @Field(() => String, { nullable: true, description: 'After, in English' })
  afterEn!: string | null;

  @Field(() => Boolean, { description: '此项有变化' })
  changed!: boolean;
}
