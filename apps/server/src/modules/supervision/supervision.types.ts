import { Field, Int, ObjectType } from 'type-graphql';
import { FindingState } from './spot-check-machine.js';

@ObjectType('FindingStateCount', { description: '某一状态的抽查项数', simpleResolvers: true })
export class FindingStateCount {
  @Field(() => FindingState)
  state!: FindingState;

  @Field(() => String, { description: '状态名称 (按请求的语言)' })
  label!: string;

  @Field(() => Int)
  count!: number;
}
