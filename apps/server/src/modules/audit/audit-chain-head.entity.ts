import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The last link of a bureau's audit chain. Locking this row serialises appends per bureau, and it
 * is readable from any scope inside the bureau (audit rows themselves are walled by branch).
 */
@Entity({ tableName: 'audit_chain_head' })
export class AuditChainHead {
  @PrimaryKey({ type: 'uuid' })
  bureauId!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  hash!: string;
}
