import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { todayInChina } from '../../calendar/clock.js';
import { judgedPeriods, isProvisional } from '../../assessments/judged-periods.js';
import { checkYear } from '../../assessments/quarter/quarter-period.js';
import { recordedThrough } from '../../ledger/recorded-months/recorded-through.js';

@ObjectType('TryOutRecordsYear', {
  simpleResolvers: true,
  description: '可用于试算的一个台账年度: 录入至哪月, 多少支部已审定, 结果是否为预计',
})
export class TryOutRecordsYear {
  @Field(() => Int)
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: '调用者可见支部中最晚已录入的月份 (YYYY-MM); 尚无录入为空',
  })
  recordedThrough!: string | null;

  @Field(() => Int, { description: '有已录入月份的支部数 (调用者可见范围内)' })
  branchesRecorded!: number;

  @Field(() => Int, { description: '其中年度考核已审定的支部数' })
  branchesApproved!: number;

  @Field(() => Boolean, {
    description: '是否有支部尚未审定该年度: 其党员的年度按预计结果 (预计) 试算',
  })
  provisional!: boolean;

  @Field(() => Boolean, { description: '试算该年度草稿时默认选用的台账年度' })
  preferred!: boolean;
}

/**
 * The years of records a draft of `draftYear` can be tried on: this year's (as far as branches
 * have recorded it) and last year's, by the server's calendar, each with how far it is recorded
 * and approved within the caller's walls. A draft for a year to come is tried on this year's
 * records first; any other on last year's.
 */
export async function tryOutRecordsYears(
  em: EntityManager,
  draftYear: number,
): Promise<TryOutRecordsYear[]> {
  checkYear(draftYear, 'draftYear');
  const now = Number(todayInChina().slice(0, 4));
  const preferred = draftYear > now ? now : now - 1;
  const years: TryOutRecordsYear[] = [];
  for (const year of [now, now - 1]) {
    const through = await recordedThrough(em, year);
    const judged = await judgedPeriods(em, year);
    const branches = Object.keys(through);
    const approved = branches.filter((b) => !isProvisional(judged, b, 'year')).length;
    years.push({
      year,
      recordedThrough: Object.values(through).sort().at(-1) ?? null,
      branchesRecorded: branches.length,
      branchesApproved: approved,
      provisional: approved < branches.length,
      preferred: year === preferred,
    });
  }
  return years;
}
