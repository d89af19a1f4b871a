import { ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Branch } from '../modules/org/branches/branch.entity.js';
import { BureauOwned } from './bureau-owned.js';

/**
 * Base of every row a branch records. `branch_id` is what the tenant filter and the row-level
 * security policy compare with the request's branches; the foreign key shares `bureau_id`.
 *
 * Every composite relation names `ownColumns` (its own column, never `bureau_id`): otherwise the
 * mirror property makes the ORM think no column is the relation's own, so setting a nullable
 * relation to null also nulls `bureau_id`, and two relations changed in one flush lose a column.
 */
// Decorated so subclasses inherit its fields; never referenced itself, so never in the schema.
@ObjectType({ simpleResolvers: true })
export abstract class BranchOwned extends BureauOwned {
  @ManyToOne(() => Branch, {
    fieldNames: ['bureau_id', 'branch_id'],
    ownColumns: ['branch_id'],
    ref: true,
  })
  branch!: Ref<Branch>;

  /** Read-only mirror of the foreign key column, for filters and loaders. */
  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'branch_id', persist: false })
  branchId!: string;
}
