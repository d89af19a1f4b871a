import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import type { AppContext } from '../../graphql/context.js';
import { authed } from '../../graphql/context.js';
import { BadInputError } from '../../graphql/errors.js';
import { CalendarAmendment } from './calendar-amendment.entity.js';
import {
  calendarDays,
  loadWorkingCalendar,
  removeCalendarAmendment,
  setCalendarDay,
} from './calendar.service.js';
import {
  CalendarDayInput,
  CalendarDayType,
  daySourceType,
  NoticeWindowType,
} from './calendar.types.js';
import { isIsoDate, noticeWindow } from './working-days.js';

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDayType], { description: '工作日历 (含国务院节假日安排与机关党委调整)' })
  async workingCalendar(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: AppContext,
  ): Promise<CalendarDayType[]> {
    const days = await calendarDays(authed(ctx).em, from, to);
    return days.map((d) => ({ ...d, source: daySourceType(d.source) }));
  }

  @Authorized()
  @Query(() => [CalendarAmendment], { description: '机关党委对工作日历的调整' })
  async calendarAmendments(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: AppContext,
  ): Promise<CalendarAmendment[]> {
    const where = year ? { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {};
    return authed(ctx).em.find(CalendarAmendment, where, { orderBy: { date: 'asc' } });
  }

  @Authorized()
  @Query(() => NoticeWindowType, { description: '若在某日发布, 公示期到哪天' })
  async noticeWindow(
    @Arg('publishedOn', () => String) publishedOn: string,
    @Ctx() ctx: AppContext,
  ): Promise<NoticeWindowType> {
    if (!isIsoDate(publishedOn)) {
      throw new BadInputError(
        '日期格式应为 YYYY-MM-DD',
        'A date must look like YYYY-MM-DD',
        'publishedOn',
      );
    }
    return noticeWindow(publishedOn, await loadWorkingCalendar(authed(ctx).em));
  }

  @Authorized(Role.COMMITTEE_ADMIN)
  @Mutation(() => CalendarAmendment, { description: '设定某日放假或上班 (机关党委)' })
  async setCalendarDay(
    @Arg('input', () => CalendarDayInput) input: CalendarDayInput,
    @Ctx() ctx: AppContext,
  ): Promise<CalendarAmendment> {
    const { em, actor } = authed(ctx);
    return setCalendarDay(em, actor, input);
  }

  @Authorized(Role.COMMITTEE_ADMIN)
  @Mutation(() => Boolean, { description: '撤销某日的调整, 恢复按国务院安排 (机关党委)' })
  async removeCalendarAmendment(
    @Arg('date', () => String) date: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    const { em, actor } = authed(ctx);
    await removeCalendarAmendment(em, actor, date);
    return true;
  }
}
