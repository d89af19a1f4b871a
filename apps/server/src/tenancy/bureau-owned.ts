import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Base of every tenant-owned entity: `bureau_id` leads the primary key (and so every foreign key
 * that points here), which keeps each bureau's rows co-located if the schema is distributed on Citus.
 */
// Decorated so subclasses inherit its fields; never referenced itself, so never in the schema.
@ObjectType()
export abstract class BureauOwned {
  @PrimaryKey({ type: 'uuid' })
  bureauId!: string;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
