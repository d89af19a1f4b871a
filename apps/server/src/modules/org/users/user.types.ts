import { Field, ObjectType } from 'type-graphql';
import { UserAccount } from './user-account.entity.js';

@ObjectType('PasswordResetPayload', { description: '重置密码的结果', simpleResolvers: true })
export class PasswordResetPayload {
  @Field(() => UserAccount)
  user!: UserAccount;

  @Field(() => String, {
    description: '一次性密码: 只在此返回一次, 服务端只存其散列; 用户下次登录须修改',
  })
  oneTimePassword!: string;
}
