import { Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { Viewer } from '../../../auth/viewer.types.js';
import { actionsOf, Screen, screensOf, ViewerAction } from './viewer-screens.js';

@ObjectType('ScreenAccess', {
  description: '当前账号可打开的页面, 及其可用于哪些支部',
  simpleResolvers: true,
})
export class ScreenAccess {
  @Field(() => Screen)
  screen!: Screen;

  @Field(() => Boolean, {
    description: '按支部工作的页面 (在页头所选支部上打开); 否则为本人或机关党委的页面',
  })
  branchScoped!: boolean;

  @Field(() => Boolean, { description: '适用于本局每个支部 (局级角色)' })
  allBranches!: boolean;

  @Field(() => [ID], { description: '适用的支部 (按所任支部角色)' })
  branchIds!: string[];
}

@ObjectType('ActionAccess', {
  description: '当前账号可进行的操作, 及其可在哪些支部进行',
  simpleResolvers: true,
})
export class ActionAccess {
  @Field(() => ViewerAction)
  action!: ViewerAction;

  @Field(() => Boolean, { description: '可在本局每个支部进行 (局级角色)' })
  allBranches!: boolean;

  @Field(() => [ID])
  branchIds!: string[];
}

/** What the viewer may open and do, from their roles: the menu and buttons follow it. */
@Resolver(() => Viewer)
export class ViewerAccessResolver {
  @FieldResolver(() => [ScreenAccess], { description: '可打开的页面 (按菜单顺序)' })
  screens(@Root() viewer: Viewer): ScreenAccess[] {
    return screensOf(viewer.roles, viewer.memberId);
  }

  @FieldResolver(() => [ActionAccess], { description: '可进行的操作 (如登记活动)' })
  actions(@Root() viewer: Viewer): ActionAccess[] {
    return actionsOf(viewer.roles);
  }
}
