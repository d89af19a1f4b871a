import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDayKind } from './calendar-amendment.entity.js';
import type { DaySource } from './calendar.service.js';

export enum DaySourceType {
  WEEKLY = 'weekly',
  STATUTORY = 'statutory',
  AMENDMENT = 'amendment',
}
registerEnumType(DaySourceType, {
  name: 'DaySource',
  description: '依据: 周末规则 / 国务院节假日安排 / 机关党委调整',
});
export const daySourceType = (source: DaySource) => source as DaySourceType;

@ObjectType('CalendarDay', { description: '工作日历中的一天', simpleResolvers: true })
export class CalendarDayType {
  @Field(() => String)
  date!: string;

  @Field(() => Boolean, { description: '是否工作日' })
  working!: boolean;

  @Field(() => DaySourceType)
  source!: DaySourceType;

  @Field(() => String, { nullable: true, description: '节日或调休名称, 或调整说明' })
  name!: string | null;

  @Field(() => Boolean, { description: '该年节假日安排是否已知; 否则仅按周末计' })
  known!: boolean;
}

@ObjectType('NoticeWindow', {
  description: '公示期: 发布次日起若干个工作日, 至末日 24 时止',
  simpleResolvers: true,
})
export class NoticeWindowType {
  @Field(() => String)
  publishedOn!: string;

  @Field(() => String, { description: '第一个计入的工作日' })
  firstCountedDay!: string;

  @Field(() => String, { description: '公示截止日 (当日 24 时结束)' })
  endsOn!: string;

  @Field(() => [Int], { description: '节假日安排未知的年份: 截止日可能偏早' })
  provisionalYears!: number[];

  @Field(() => Int, { description: '公示期的工作日数 (周末和法定节假日不计, 调休上班日计入)' })
  workingDays!: number;
}

@InputType('CalendarDayInput')
export class CalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { description: '调整原因, 如 "2027 年元旦 (国办发明电〔2026〕X 号)"' })
  note!: string;
}
