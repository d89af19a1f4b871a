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
import type { AppContext } from '../../graphql/context.js';
import { say, type Label } from '../../graphql/locale.js';
import {
  CalendarAmendment,
  CalendarDayKind,
  DAY_KIND_LABELS,
} from './calendar-amendment.entity.js';
import { CalendarDayType, DaySourceType } from './calendar.types.js';

// The calendar's words: where a day's status comes from, and what an amendment makes a day.

const DAY_SOURCE_LABELS: Record<DaySourceType, Label> = {
  [DaySourceType.WEEKLY]: { zh: '按周安排', en: 'weekly pattern' },
  [DaySourceType.STATUTORY]: { zh: '国家节假日安排', en: 'national holiday schedule' },
  [DaySourceType.AMENDMENT]: { zh: '机关党委调整', en: 'committee amendment' },
};

@ObjectType('CalendarDayKindChoice', { description: '调整为工作日或休息日', simpleResolvers: true })
export class CalendarDayKindChoice {
  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String)
  label!: string;
}

@Resolver(() => CalendarDayType)
export class CalendarDayFieldsResolver {
  @FieldResolver(() => String, { description: '依据名称 (按请求的语言)' })
  sourceLabel(@Root() day: CalendarDayType, @Ctx() ctx: AppContext): string {
    return say(DAY_SOURCE_LABELS[day.source], ctx.locale);
  }
}

@Resolver(() => CalendarAmendment)
export class CalendarAmendmentFieldsResolver {
  @FieldResolver(() => String, { description: '调整为 (按请求的语言)' })
  kindLabel(@Root() amendment: CalendarAmendment, @Ctx() ctx: AppContext): string {
    return say(DAY_KIND_LABELS[amendment.kind], ctx.locale);
  }

  @Authorized()
  @Query(() => [CalendarDayKindChoice], {
    description: '调整的两种: 工作日 / 休息日 (按请求的语言)',
  })
  calendarDayKinds(@Ctx() ctx: AppContext): CalendarDayKindChoice[] {
    return [CalendarDayKind.WORKDAY, CalendarDayKind.HOLIDAY].map((kind) => ({
      kind,
      label: say(DAY_KIND_LABELS[kind], ctx.locale),
    }));
  }
}
