import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Label } from '../../graphql/locale.js';
import { UserAccount } from '../../modules/org/users/user-account.entity.js';
import { BureauOwned } from '../../tenancy/bureau-owned.js';

/** Whether a token still works: the one place that says so, for the screens. */
export function apiTokenStatus(t: { revokedAt?: Date | null; expiresAt: Date }): ApiTokenStatus {
  if (t.revokedAt) return ApiTokenStatus.REVOKED;
  return t.expiresAt <= new Date() ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
}

export enum ApiTokenStatus {
  ACTIVE = 'active',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}
registerEnumType(ApiTokenStatus, { name: 'ApiTokenStatus', description: '有效 / 已吊销 / 已过期' });

export const API_TOKEN_STATUS_LABELS: Record<ApiTokenStatus, Label> = {
  [ApiTokenStatus.ACTIVE]: { zh: '有效', en: 'Active' },
  [ApiTokenStatus.REVOKED]: { zh: '已吊销', en: 'Revoked' },
  [ApiTokenStatus.EXPIRED]: { zh: '已过期', en: 'Expired' },
};

/**
 * A personal API token (个人访问令牌) of an analyst's account: read-only, named, expiring and
 * revocable. Only its SHA-256 is stored; the token itself is shown once, when it is made.
 */
@ObjectType('ApiToken', {
  description: '分析员的只读 API 令牌 (令牌本身只在创建时显示一次)',
  simpleResolvers: true,
})
@Entity({ tableName: 'api_token' })
@Unique({ properties: ['bureauId', 'tokenHash'] })
@Index({ properties: ['bureauId', 'userId'] })
export class ApiToken extends BureauOwned {
  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'user_id'],
    ownColumns: ['user_id'],
    ref: true,
  })
  user!: Ref<UserAccount>;

  @Field(() => ID, { description: '令牌所属账号' })
  @Property({ type: 'uuid', fieldName: 'user_id', persist: false })
  userId!: string;

  @Field(() => String, { description: '名称 (用途)' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: '令牌开头几位, 便于辨认' })
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', hidden: true })
  tokenHash!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => ID, { description: '创建人账号' })
  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
