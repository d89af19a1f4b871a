import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../../auth/roles.js';

@InputType({ description: '新建用户账号' })
export class CreateUserInput {
  @Field(() => String)
  loginName!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: '初始密码: 8 位以上, 含字母和数字' })
  password!: string;

  @Field(() => ID, { nullable: true, description: '对应的党员 (如本人是党员)' })
  memberId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: '首次登录时须修改密码 (默认是)',
  })
  mustChangePassword?: boolean | null;
}

@InputType({ description: '修改用户账号: 未提供的字段保持不变; 停用后其会话立即失效' })
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;
}

@InputType({
  description: '重置密码: 服务端生成一次性密码, 解除锁定并结束该用户所有会话; 用户下次登录须修改',
})
export class ResetUserPasswordInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: '分配角色: 局级角色不填支部, 支部角色必须填支部' })
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  branchId?: string | null;
}
