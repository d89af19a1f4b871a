import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { EvidenceFile } from '../evidence/evidence-file.entity.js';
import { LedgerRecord } from './ledger-record.js';

/**
 * A session the branch held (支部大会, 支部党课, 党小组会, 主题党日, 集中学习 …): what attending members
 * could earn that month. `itemCode` names the scheme item; the sign-in sheet is its evidence.
 */
@ObjectType('BranchSession', {
  description: '支部活动 (会议、党课、学习等) 及其签到表',
  simpleResolvers: true,
})
@Entity({ tableName: 'branch_session' })
@Index({ properties: ['bureauId', 'branchId', 'month'] })
export class BranchSession extends LedgerRecord {
  @Field(() => String, { description: '考核项目编码' })
  @Property({ type: 'text' })
  itemCode!: string;

  @Field(() => String, { description: '日期 YYYY-MM-DD' })
  @Property({ type: 'date' })
  date!: string;

  /** `YYYY-MM` of `date`, kept as its own column so a year's sessions load by month range. */
  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  @Field(() => String, { description: '主题' })
  @Property({ type: 'text' })
  topic!: string;

  @ManyToOne(() => EvidenceFile, {
    fieldNames: ['bureau_id', 'evidence_id'],
    ref: true,
    nullable: true,
    // Evidence is never deleted while a record rests on it (and a composite key cannot be nulled).
    deleteRule: 'restrict',
  })
  evidence?: Ref<EvidenceFile> | null;

  @Field(() => ID, { nullable: true, description: '签到表' })
  @Property({ type: 'uuid', fieldName: 'evidence_id', persist: false, nullable: true })
  evidenceId?: string | null;
}
