import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { BureauOwned } from '../../tenancy/bureau-owned.js';
import { UserAccount } from '../../modules/org/users/user-account.entity.js';

/** A signed-in session; the token names it, so revoking the row ends the session at once. */
@Entity({ tableName: 'auth_session' })
export class AuthSession extends BureauOwned {
  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'user_id'],
    ownColumns: ['user_id'],
    ref: true,
  })
  user!: Ref<UserAccount>;

  @Property({ type: 'uuid', fieldName: 'user_id', persist: false })
  userId!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
