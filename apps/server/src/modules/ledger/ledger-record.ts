import { Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';

/**
 * Base of every ledger row a branch keeps (台账): who recorded it and when, and a version that
 * moves on every change, so two scorekeepers editing the same cell find out instead of
 * overwriting each other. A row that exists has version ≥ 1; a cell with no row is version 0.
 */
// Decorated so subclasses inherit its fields; never referenced itself, so never in the schema.
@ObjectType({ simpleResolvers: true })
export abstract class LedgerRecord extends BranchOwned {
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  updatedById?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
