import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** 机关事务管理局: the organisation and the hard tenancy wall; nothing crosses it. */
@ObjectType('Bureau', {
  description: '机关 (局): a deployment may serve several bureaus',
  simpleResolvers: true,
})
@Entity({ tableName: 'bureau' })
export class Bureau {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
