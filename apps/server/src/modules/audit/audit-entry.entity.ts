import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/json-scalar.js';

/**
 * Append-only audit log, hash-chained per bureau: `hash = sha256(prevHash + canonical(entry))`.
 * The app role may insert and read, never update or delete.
 */
@ObjectType('AuditEntry', { description: '审计日志', simpleResolvers: true })
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  bureauId!: string;

  /** Position in the bureau's chain, from 1. */
  @Field(() => Int)
  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  branchId?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  entityName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  entityId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  after?: unknown;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'text' })
  prevHash!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  hash!: string;
}
