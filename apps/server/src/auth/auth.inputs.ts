import { Field, InputType } from 'type-graphql';

@InputType({ description: '修改本人密码' })
export class ChangeMyPasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: '8 位以上, 含字母和数字' })
  newPassword!: string;
}
