import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { authed } from '../../graphql/context.js';
import { tasksOf } from './tasks.service.js';
import { TaskList } from './task.types.js';

@Resolver()
export class TasksResolver {
  @Authorized()
  @Query(() => TaskList, {
    description: '我的待办: 按所任角色和支部列出待处理事项、数量、截止日与办理页面',
  })
  myTasks(@Ctx() ctx: AppContext): Promise<TaskList> {
    const { em, actor } = authed(ctx);
    return tasksOf(em, actor);
  }
}
