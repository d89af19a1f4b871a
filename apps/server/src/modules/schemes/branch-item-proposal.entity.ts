import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { SpecialItem } from '@jifen/scoring';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/json-scalar.js';
import type { Label } from '../../graphql/locale.js';
import { BranchOwned } from '../../tenancy/branch-owned.js';

export enum ProposalStatus {
  PROPOSED = 'proposed',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: '待审批 / 已批准 / 未批准',
});

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, Label> = {
  [ProposalStatus.PROPOSED]: { zh: '待审批', en: 'Pending' },
  [ProposalStatus.APPROVED]: { zh: '已批准', en: 'Approved' },
  [ProposalStatus.REJECTED]: { zh: '未批准', en: 'Rejected' },
};

/**
 * A branch-chosen special item (支部自选) a branch proposes for a year. It scores only once the
 * committee approves it, and then only for that branch; the decision and its reason stay here.
 */
@ObjectType('BranchItemProposal', { description: '支部自选特色分项目申请', simpleResolvers: true })
@Entity({ tableName: 'branch_item_proposal' })
@Unique({ properties: ['bureauId', 'year', 'itemCode'] })
export class BranchItemProposal extends BranchOwned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  /** The item's code, prefixed with the branch's code so branches never collide. */
  @Field(() => String)
  @Property({ type: 'text' })
  itemCode!: string;

  @Field(() => GraphQLJSON, { description: 'The scoring package SpecialItem added once approved' })
  @Property({ type: 'jsonb' })
  item!: SpecialItem;

  @Field(() => String, { description: '申请理由' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus, nativeEnumName: 'proposal_status' })
  status: ProposalStatus & Opt = ProposalStatus.PROPOSED;

  @Field(() => String, { nullable: true, description: '审批意见' })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  decidedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  proposedById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
