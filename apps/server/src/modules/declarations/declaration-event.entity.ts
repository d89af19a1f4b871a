import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Declaration, DeclarationStatus } from './declaration.entity.js';
import { clock } from '../calendar/clock.js';

/** One step of a declaration's history, in order: who did what, when, and why. */
@ObjectType('DeclarationEvent', { description: '申报处理记录', simpleResolvers: true })
@Entity({ tableName: 'declaration_event' })
@Index({ properties: ['bureauId', 'declarationId'] })
export class DeclarationEvent extends BranchOwned {
  @ManyToOne(() => Declaration, { fieldNames: ['bureau_id', 'declaration_id'], ref: true })
  declaration!: Ref<Declaration>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'declaration_id', persist: false })
  declarationId!: string;

  /** The status this step moved the declaration to. */
  @Field(() => DeclarationStatus)
  @Enum({ items: () => DeclarationStatus, nativeEnumName: 'declaration_status' })
  step!: DeclarationStatus;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  actorUserId!: string;

  @Field(() => String, { nullable: true, description: '操作人的角色' })
  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: '此步骤确定的计入分值' })
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  points?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  at: Date & Opt = clock().now();

  /** The order written in, which is the order taken, even when two share a moment. */
  @Property({ type: 'bigint', autoincrement: true })
  seq?: string & Opt;
}
