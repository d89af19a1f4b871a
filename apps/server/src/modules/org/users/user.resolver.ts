import type { Plain } from '../../../db/rows/plain-rows.js';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../../graphql/context.js';
import { acting } from '../../../graphql/context.js';
import { Member } from '../members/member.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { UserAccount } from './user-account.entity.js';
import { CreateUserInput, ResetUserPasswordInput, UpdateUserInput } from './user.inputs.js';
import { PasswordResetPayload } from './user.types.js';
import {
  accountActions,
  createUser,
  getUser,
  listUsers,
  resetUserPassword,
  updateUser,
  userActions,
} from './user.service.js';

@Resolver(() => UserAccount)
export class UserResolver {
  @Authorized()
  @Query(() => [UserAccount], {
    description: '用户账号: 机关党委看全部; 支部书记看本支部党员及在本支部有角色的账号',
  })
  users(
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<UserAccount[]> {
    return listUsers(acting(ctx), branchId);
  }

  @Authorized()
  @Query(() => [String], { description: '当前账号对账号可做的事: create (机关党委)' })
  accountActions(@Ctx() ctx: AppContext): string[] {
    return accountActions(acting(ctx));
  }

  @Authorized()
  @Query(() => UserAccount, { description: '一个用户账号' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<UserAccount> {
    return getUser(acting(ctx), id);
  }

  @Authorized()
  @Mutation(() => UserAccount, { description: '新建用户账号 (机关党委)' })
  createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: AppContext,
  ): Promise<UserAccount> {
    return createUser(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => UserAccount, { description: '修改、停用或启用用户账号 (机关党委)' })
  updateUser(
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: AppContext,
  ): Promise<UserAccount> {
    return updateUser(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => PasswordResetPayload, {
    description: '重置用户密码 (机关党委): 返回一次性密码, 仅此一次',
  })
  resetUserPassword(
    @Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput,
    @Ctx() ctx: AppContext,
  ): Promise<PasswordResetPayload> {
    return resetUserPassword(acting(ctx), input);
  }

  @FieldResolver(() => [String], {
    description: '当前账号对此账号可做的事: update, resetPassword, disable, enable',
  })
  availableActions(@Root() user: UserAccount, @Ctx() ctx: AppContext): string[] {
    return userActions(acting(ctx), user);
  }

  @FieldResolver(() => [RoleAssignment], { description: '角色 (只含当前账号可见支部的)' })
  roles(@Root() user: UserAccount, @Ctx() ctx: AppContext): Promise<RoleAssignment[]> {
    return ctx.loaders.rolesOfUser.load(user.id);
  }

  @FieldResolver(() => Member, { nullable: true, description: '对应的党员 (可见时)' })
  async member(@Root() user: UserAccount, @Ctx() ctx: AppContext): Promise<Plain<Member> | null> {
    return user.memberId ? ctx.loaders.member.load(user.memberId) : null;
  }
}
