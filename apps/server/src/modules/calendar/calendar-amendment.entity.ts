import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Label } from '../../graphql/locale.js';
import { BureauOwned } from '../../tenancy/bureau-owned.js';
import { UserAccount } from '../org/users/user-account.entity.js';

export enum CalendarDayKind {
  /** 放假: a rest day, though a weekday. */
  HOLIDAY = 'holiday',
  /** 上班: a working day, though a weekend (调休) or in the dataset a holiday. */
  WORKDAY = 'workday',
}
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: '放假 / 上班' });

/** What an amendment makes a day, in words. */
export const DAY_KIND_LABELS: Record<CalendarDayKind, Label> = {
  [CalendarDayKind.WORKDAY]: { zh: '工作日', en: 'a working day' },
  [CalendarDayKind.HOLIDAY]: { zh: '休息日', en: 'a day off' },
};

/**
 * The committee's correction of the statutory calendar for its bureau: a local holiday, a day the
 * dataset has wrong, or a year the dataset does not know yet. One amendment per date; it wins
 * over the dataset.
 */
@ObjectType('CalendarAmendment', {
  description: '工作日历调整 (机关党委维护)',
  simpleResolvers: true,
})
@Entity({ tableName: 'calendar_amendment' })
@Unique({ properties: ['bureauId', 'date'] })
export class CalendarAmendment extends BureauOwned {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => CalendarDayKind)
  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Field(() => String)
  @Property({ type: 'text' })
  note!: string;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'by_user_id'],
    ownColumns: ['by_user_id'],
    ref: true,
  })
  by!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'by_user_id', persist: false })
  byUserId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
