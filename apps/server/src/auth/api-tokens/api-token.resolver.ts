import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  FieldResolver,
} from 'type-graphql';
import { authed, type AppContext } from '../../graphql/context.js';
import { UserAccount } from '../../modules/org/users/user-account.entity.js';
import { say } from '../../graphql/locale.js';
import {
  API_TOKEN_STATUS_LABELS,
  ApiToken,
  apiTokenStatus,
  ApiTokenStatus,
} from './api-token.entity.js';
import {
  apiTokenOwners,
  createApiToken,
  listApiTokens,
  MAX_TOKEN_DAYS,
  revokeApiToken,
} from './api-tokens.service.js';

@InputType({ description: '新建只读 API 令牌' })
export class CreateApiTokenInput {
  @Field(() => String, { description: '名称 (用途), 1–60 字' })
  name!: string;

  @Field(() => Int, { description: `有效天数, 1–${MAX_TOKEN_DAYS}` })
  expiresInDays!: number;

  @Field(() => ID, {
    nullable: true,
    description: '分析员账号; 省略为本人 (管理员可为分析员账号创建)',
  })
  userId?: string | null;
}

@ObjectType('CreatedApiToken', {
  simpleResolvers: true,
  description: '新建的令牌: token 只在此显示一次, 服务器只保存其哈希',
})
export class CreatedApiToken {
  @Field(() => String, { description: '用法: Authorization: Bearer <token>' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@Resolver()
export class ApiTokenResolver {
  @Authorized()
  @Query(() => [UserAccount], {
    description: '可管理其 API 令牌的账号: 分析员本人; 管理员为全部分析员账号',
  })
  apiTokenOwners(@Ctx() ctx: AppContext): Promise<UserAccount[]> {
    return apiTokenOwners(ctx.orm, authed(ctx).actor);
  }

  @Authorized()
  @Query(() => [ApiToken], { description: '某账号的 API 令牌 (默认本人), 新的在前' })
  apiTokens(
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<ApiToken[]> {
    return listApiTokens(ctx.orm, authed(ctx).actor, userId ?? null);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, { description: '新建只读 API 令牌 (分析员本人或管理员)' })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: AppContext,
  ): Promise<CreatedApiToken> {
    return createApiToken(ctx.orm, authed(ctx).actor, input);
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: '吊销 API 令牌: 立即失效' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<ApiToken> {
    return revokeApiToken(ctx.orm, authed(ctx).actor, id);
  }
}

@Resolver(() => ApiToken)
export class ApiTokenFieldsResolver {
  @FieldResolver(() => ApiTokenStatus, { description: '是否仍可使用' })
  status(@Root() token: ApiToken): ApiTokenStatus {
    return apiTokenStatus(token);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  statusLabel(@Root() token: ApiToken, @Ctx() ctx: AppContext): string {
    return say(API_TOKEN_STATUS_LABELS[apiTokenStatus(token)], ctx.locale);
  }
}
