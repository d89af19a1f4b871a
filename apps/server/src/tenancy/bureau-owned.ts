import { randomUUID } from 'node:crypto';
import { OnLoad, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Reference } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Base of every tenant-owned entity: `bureau_id` leads the primary key (and so every foreign key
 * that points here), which keeps each bureau's rows co-located if the schema is distributed on Citus.
 */
// Decorated so subclasses inherit its fields; never referenced itself, so never in the schema.
@ObjectType({ simpleResolvers: true })
export abstract class BureauOwned {
  @PrimaryKey({ type: 'uuid' })
  bureauId!: string;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /**
   * Fills each read-only `xId` mirror from its relation `x`. The ORM hydrates a mirror when it
   * loads a row afresh, but not when the row was first met as a reference (a user's member, then
   * that member): without this, `member.branchId` would be undefined there.
   */
  @OnLoad()
  protected syncForeignKeyMirrors(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(self)) {
      const relation = self[key];
      if (!Reference.isReference(relation)) continue;
      const mirror = `${key}Id`;
      if (self[mirror] === undefined)
        self[mirror] = (relation.unwrap() as { id?: string }).id ?? null;
    }
  }
}
