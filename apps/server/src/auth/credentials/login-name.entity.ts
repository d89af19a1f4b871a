import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Global index from a log-in name to its bureau, readable before any tenant scope exists.
 * It holds no secret: the account itself (and its hash) stays behind the bureau wall.
 */
@Entity({ tableName: 'login_name' })
export class LoginName {
  @PrimaryKey({ type: 'text' })
  loginName!: string;

  @Property({ type: 'uuid' })
  bureauId!: string;

  @Property({ type: 'uuid' })
  userId!: string;
}
