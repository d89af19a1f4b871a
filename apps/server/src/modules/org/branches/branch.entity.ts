import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BureauOwned } from '../../../tenancy/bureau-owned.js';

/**
 * 党支部: the tenant inside a bureau. The branch list itself is bureau-wide (an org chart, needed
 * for transfers); everything a branch records is walled by its branch_id.
 */
@ObjectType('Branch', { description: '党支部', simpleResolvers: true })
@Entity({ tableName: 'branch' })
@Unique({ properties: ['bureauId', 'code'] })
export class Branch extends BureauOwned {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
