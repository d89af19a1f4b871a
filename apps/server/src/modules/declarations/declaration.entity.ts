import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Label } from '../../graphql/locale.js';
import { EvidenceFile } from '../evidence/evidence-file.entity.js';
import { LedgerRecord } from '../ledger/ledger-record.js';
import { Member } from '../org/members/member.entity.js';

/**
 * submitted → accepted | rejected (scorekeeper) → disputed (member) → upheld | overturned
 * (branch committee). Each step is also a DeclarationEvent row, the history the member sees.
 */
export enum DeclarationStatus {
  SUBMITTED = 'submitted',
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
  DISPUTED = 'disputed',
  UPHELD = 'upheld',
  OVERTURNED = 'overturned',
}
registerEnumType(DeclarationStatus, {
  name: 'DeclarationStatus',
  description: '已申报 / 已采纳 / 未采纳 / 有异议 / 维持原决定 / 改变原决定',
});

/** Each status as the member and the branch read it. */
export const DECLARATION_STATUS_LABELS: Record<DeclarationStatus, Label> = {
  [DeclarationStatus.SUBMITTED]: { zh: '待审核', en: 'awaiting review' },
  [DeclarationStatus.ACCEPTED]: { zh: '已采纳', en: 'accepted' },
  [DeclarationStatus.REJECTED]: { zh: '未采纳', en: 'not accepted' },
  [DeclarationStatus.DISPUTED]: { zh: '有异议', en: 'disputed' },
  [DeclarationStatus.UPHELD]: { zh: '维持原决定', en: 'decision upheld' },
  [DeclarationStatus.OVERTURNED]: { zh: '改变原决定', en: 'decision changed' },
};

/** What each step of a declaration's history is called: who acted, not where it stands. */
export const DECLARATION_STEP_LABELS: Record<DeclarationStatus, Label> = {
  [DeclarationStatus.SUBMITTED]: { zh: '提交申报', en: 'Declared' },
  [DeclarationStatus.ACCEPTED]: { zh: '记分员采纳', en: 'Accepted by the scorekeeper' },
  [DeclarationStatus.REJECTED]: { zh: '记分员未采纳', en: 'Not accepted by the scorekeeper' },
  [DeclarationStatus.DISPUTED]: { zh: '申报人提出异议', en: 'Disputed by the member' },
  [DeclarationStatus.UPHELD]: {
    zh: '支部委员会维持原决定',
    en: 'Branch committee upheld the decision',
  },
  [DeclarationStatus.OVERTURNED]: {
    zh: '支部委员会改变原决定',
    en: 'Branch committee changed the decision',
  },
};

/** 个人申报: a member declares a special-score item for a month, with evidence. */
@ObjectType('Declaration', { description: '个人申报 (特色分)', simpleResolvers: true })
@Entity({ tableName: 'declaration' })
@Index({ properties: ['bureauId', 'memberId', 'month'] })
// A branch's month (its sheet, the save, the Excel form) is read by branch, not member by member.
@Index({ properties: ['bureauId', 'branchId', 'month'] })
export class Declaration extends LedgerRecord {
  @ManyToOne(() => Member, { fieldNames: ['bureau_id', 'member_id'], ref: true })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  itemCode!: string;

  @Field(() => String, { description: '申报内容' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: '申报分值 (空: 按项目单位分值)' })
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  declaredPoints?: string | null;

  @ManyToOne(() => EvidenceFile, {
    fieldNames: ['bureau_id', 'evidence_id'],
    ref: true,
    nullable: true,
    // Evidence is never deleted while a record rests on it (and a composite key cannot be nulled).
    deleteRule: 'restrict',
  })
  evidence?: Ref<EvidenceFile> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'evidence_id', persist: false, nullable: true })
  evidenceId?: string | null;

  @Field(() => DeclarationStatus)
  @Enum({ items: () => DeclarationStatus, nativeEnumName: 'declaration_status' })
  status: DeclarationStatus & Opt = DeclarationStatus.SUBMITTED;

  /** The scorekeeper's decision, kept through a dispute so an upheld/overturned outcome is clear. */
  @Field(() => Boolean, { nullable: true, description: '记分员是否采纳' })
  @Property({ type: 'boolean', nullable: true })
  scorekeeperAccepted?: boolean | null;

  /** Points that count (null: nothing counts). Set by whichever decision is in force. */
  @Field(() => String, { nullable: true, description: '计入的分值' })
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  countedPoints?: string | null;

  @Field(() => String, { nullable: true, description: '最近一次决定或异议的理由' })
  @Property({ type: 'text', nullable: true })
  lastReason?: string | null;
}
