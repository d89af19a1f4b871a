import {
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Plain } from '../../../db/rows/plain-rows.js';
import type { AppContext } from '../../../graphql/context.js';
import { say } from '../../../graphql/locale.js';
import { MEMBER_GENDER_LABELS, MEMBER_STATUS_LABELS } from './member-labels.js';
import { Member, MemberGender, MemberStatus } from './member.entity.js';

@ObjectType('MemberStatusChoice', { description: '党员类别及其名称', simpleResolvers: true })
export class MemberStatusChoice {
  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => String)
  label!: string;
}

@ObjectType('MemberGenderChoice', { description: '性别及其名称', simpleResolvers: true })
export class MemberGenderChoice {
  @Field(() => MemberGender)
  gender!: MemberGender;

  @Field(() => String)
  label!: string;
}

/** A member's status and gender in words, in the language the client asks for. */
@Resolver(() => Member)
export class MemberWordsResolver {
  @Authorized()
  @Query(() => [MemberStatusChoice], { description: '党员类别及其名称 (按请求的语言)' })
  memberStatuses(@Ctx() ctx: AppContext): MemberStatusChoice[] {
    return Object.values(MemberStatus).map((status) => ({
      status,
      label: say(MEMBER_STATUS_LABELS[status], ctx.locale),
    }));
  }

  @Authorized()
  @Query(() => [MemberGenderChoice], { description: '性别及其名称 (按请求的语言)' })
  memberGenders(@Ctx() ctx: AppContext): MemberGenderChoice[] {
    return Object.values(MemberGender).map((gender) => ({
      gender,
      label: say(MEMBER_GENDER_LABELS[gender], ctx.locale),
    }));
  }

  @FieldResolver(() => String, { description: '党员类别名称 (按请求的语言)' })
  statusLabel(@Root() member: Plain<Member>, @Ctx() ctx: AppContext): string {
    return say(MEMBER_STATUS_LABELS[member.status], ctx.locale);
  }

  @FieldResolver(() => String, { nullable: true, description: '性别名称 (按请求的语言)' })
  genderLabel(@Root() member: Plain<Member>, @Ctx() ctx: AppContext): string | null {
    return member.gender ? say(MEMBER_GENDER_LABELS[member.gender], ctx.locale) : null;
  }
}
