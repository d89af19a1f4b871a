import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './roles.js';

@ObjectType('RoleGrant', { description: '一项角色: 局级角色无支部', simpleResolvers: true })
export class RoleGrantType {
  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  branchId!: string | null;
}

@ObjectType('Viewer', { description: '当前登录用户', simpleResolvers: true })
export class Viewer {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  bureauId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field(() => [RoleGrantType])
  roles!: RoleGrantType[];

  @Field(() => Boolean, {
    description: '须先修改密码 (新账号或密码被重置后): 在此之前只能修改密码或退出',
  })
  mustChangePassword!: boolean;
}

@ObjectType('LoginPayload', { simpleResolvers: true })
export class LoginPayload {
  @Field(() => String, {
    description: 'Bearer token for API clients; the browser also gets it as an httpOnly cookie',
  })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Viewer)
  viewer!: Viewer;
}
