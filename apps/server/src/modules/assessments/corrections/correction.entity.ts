import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { CorrectionState } from './correction-machine.js';
import { PublicationKind } from '../notices/publication.entity.js';
import { clock } from '../../calendar/clock.js';

export type ReopenedConfirmation = { memberId: string; state: string; seenTotal: string | null };

/**
 * A change to a closed period (a signed quarter, an approved year): it names the members and months
 * it reopens and why. Only those reopen; applying it freezes new revisions for those members and
 * leaves the originals in place, marked superseded.
 */
@ObjectType('Correction', { description: '已关闭期间的更正', simpleResolvers: true })
@Entity({ tableName: 'correction' })
export class Correction extends BranchOwned {
  @Field(() => PublicationKind)
  @Enum({ items: () => PublicationKind, nativeEnumName: 'publication_kind' })
  kind!: PublicationKind;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  assessmentId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => [ID])
  @Property({ type: 'jsonb' })
  memberIds!: string[];

  /** `YYYY-MM` months reopened for those members' ledger records. */
  @Field(() => [String])
  @Property({ type: 'jsonb' })
  months!: string[];

  /** As typed (for an upheld objection, the branch's decision); read through the resolver. */
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => CorrectionState)
  @Enum({ items: () => CorrectionState, nativeEnumName: 'correction_state' })
  state: CorrectionState & Opt = CorrectionState.OPEN;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'opened_by_id'],
    ownColumns: ['opened_by_id'],
    ref: true,
  })
  openedBy!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'opened_by_id', persist: false })
  openedById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  openedAt: Date & Opt = clock().now();

  /** The order written in, which is the order taken, even when two share a moment. */
  @Property({ type: 'bigint', autoincrement: true })
  seq?: string & Opt;

  /** The notice objection that led to it, when upheld. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  objectionId?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'finished_by_id'],
    ownColumns: ['finished_by_id'],
    ref: true,
    nullable: true,
  })
  finishedBy?: Ref<UserAccount> | null;

  @Field(() => ID, { nullable: true, description: '签字生效或撤回的人' })
  @Property({ type: 'uuid', fieldName: 'finished_by_id', persist: false, nullable: true })
  finishedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '撤回原因' })
  @Property({ type: 'text', nullable: true })
  withdrawnReason?: string | null;

  /** The quarter confirmations it reopened, as they were: restored if it is withdrawn. */
  @Property({ type: 'jsonb', nullable: true })
  reopenedConfirmations?: ReopenedConfirmation[] | null;

  /** The revision the correction produced when applied. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  producedRevision?: number | null;
}
