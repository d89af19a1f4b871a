import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../graphql/context.js';
import { authed } from '../graphql/context.js';
import { BadInputError } from '../graphql/errors.js';
import type { Actor } from './actor.js';
import { ChangeMyPasswordInput } from './auth.inputs.js';
import { SESSION_COOKIE } from './sessions/session-cookie.js';
import { bureauName } from '../modules/org/bureau-name.js';
import { todayInChina } from '../modules/calendar/clock.js';
import { scopedEntityManager } from '../tenancy/scoped-entity-manager.js';
import { LoginPayload, Viewer } from './viewer.types.js';

function viewerOf(actor: Actor): Viewer {
  return {
    userId: actor.userId,
    bureauId: actor.bureauId,
    displayName: actor.displayName,
    memberId: actor.memberId,
    roles: actor.roles,
    mustChangePassword: actor.mustChangePassword,
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: '当前用户及其角色; 未登录时为 null' })
  me(@Ctx() ctx: AppContext): Viewer | null {
    return ctx.actor ? viewerOf(ctx.actor) : null;
  }

  @Mutation(() => LoginPayload, { description: '登录' })
  async login(
    @Arg('loginName', () => String) loginName: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: AppContext,
  ): Promise<LoginPayload> {
    if (!loginName.trim())
      throw new BadInputError('请输入用户名', 'Enter a log-in name', 'loginName');
    if (!password) throw new BadInputError('请输入密码', 'Enter a password', 'password');
    const result = await ctx.auth.login(loginName, password, ctx.address);
    ctx.res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.NODE_ENV === 'production',
      expires: result.expiresAt,
      path: '/',
    });
    return { token: result.token, expiresAt: result.expiresAt, viewer: viewerOf(result.actor) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '退出登录: 会话立即失效' })
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    const { actor } = authed(ctx);
    await ctx.auth.logout(actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '修改本人密码: 其他会话随即失效' })
  async changeMyPassword(
    @Arg('input', () => ChangeMyPasswordInput) input: ChangeMyPasswordInput,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    await ctx.auth.changePassword(authed(ctx).actor, input.currentPassword, input.newPassword);
    return true;
  }
}

@Resolver(() => Viewer)
export class ViewerFieldsResolver {
  @FieldResolver(() => String, { description: '所在机关名称 (考核表标题用)' })
  bureauName(@Root() viewer: Viewer, @Ctx() ctx: AppContext): Promise<string> {
    // Asked right at log-in too, before the request has a scope: read the viewer's own bureau.
    const em =
      ctx.scope?.bureauId === viewer.bureauId
        ? ctx.em
        : scopedEntityManager(ctx.orm, { bureauId: viewer.bureauId, branchIds: [] });
    return bureauName(em, viewer.bureauId);
  }

  @FieldResolver(() => String, {
    description:
      '考核日历的今天 (YYYY-MM-DD, 中国时间): 日期默认值与"不晚于今天"的校验以服务器为准',
  })
  today(): string {
    // The server's calendar decides what is future (a meeting, an interview), so the screens
    // default and limit their dates by it rather than by the browser's clock.
    return todayInChina();
  }
}
