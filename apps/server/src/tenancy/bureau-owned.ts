import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Field, ID } from 'type-graphql';

/**
 * Base of every tenant-owned entity: `bureau_id` leads the primary key (and so every foreign key
 * that points here), which keeps each bureau's rows co-located if the schema is distributed on Citus.
 */
export abstract class BureauOwned {
  @PrimaryKey({ type: 'uuid' })
  bureauId!: string;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
