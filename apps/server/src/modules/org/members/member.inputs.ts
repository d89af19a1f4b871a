import { Field, ID, InputType } from 'type-graphql';
import { MemberGender, MemberStatus } from './member.entity.js';

@InputType({ description: '新增党员 (含从局外转入): 同时建立自 fromMonth 起的组织关系' })
export class CreateMemberInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MemberStatus, { nullable: true, description: '默认正式党员' })
  status?: MemberStatus | null;

  @Field(() => String, { description: '入党日期 YYYY-MM-DD' })
  joinedOn!: string;

  @Field(() => String, { nullable: true, description: '转正日期 YYYY-MM-DD (预备党员不填)' })
  fullMemberOn?: string | null;

  @Field(() => String, { nullable: true, description: '职务' })
  position?: string | null;

  @Field(() => MemberGender, { nullable: true, description: '性别' })
  gender?: MemberGender | null;

  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '联系电话: 11 位手机号或带区号的固定电话',
  })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => String, { description: '在本支部的起始月份 YYYY-MM' })
  fromMonth!: string;
}

@InputType({
  description: '修改党员信息: 未提供的字段保持不变, 显式 null 清空; 调整支部请用 transferMember',
})
export class UpdateMemberInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => MemberStatus, { nullable: true })
  status?: MemberStatus | null;

  @Field(() => String, { nullable: true })
  joinedOn?: string | null;

  @Field(() => String, { nullable: true })
  fullMemberOn?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => MemberGender, { nullable: true, description: '性别' })
  gender?: MemberGender | null;

  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '联系电话: 11 位手机号或带区号的固定电话',
  })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;
}

@InputType({ description: '转正: 预备党员转为正式党员' })
export class RecordFullMembershipInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: '转正日期 YYYY-MM-DD: 不早于入党日期, 不晚于今天' })
  date!: string;
}

@InputType({ description: '组织关系转接 (局内): month 起属于转入支部, 之前的月份仍属原支部' })
export class TransferMemberInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ID)
  toBranchId!: string;

  @Field(() => String, { description: '在转入支部的第一个月 YYYY-MM' })
  month!: string;

  @Field(() => ID, { nullable: true, description: '转入支部的党小组' })
  toGroupId?: string | null;
}

@InputType({ description: '转出本局: lastMonth 为在本支部的最后一个月' })
export class RecordMemberLeavingInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  lastMonth!: string;
}
