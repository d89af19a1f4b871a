import { Entity, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BureauOwned } from '../../tenancy/bureau-owned.js';

/**
 * A spot check (随机抽查) the committee drew: the period, what was asked for (a size or a share),
 * and the stored seed that, with the same records, draws the same sample again. Bureau-wide: each
 * branch sees the check, but only its own items (spot-check-item.entity.ts).
 */
@ObjectType('SpotCheck', { description: '随机抽查', simpleResolvers: true })
@Entity({ tableName: 'spot_check' })
export class SpotCheck extends BureauOwned {
  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: '起始月份 YYYY-MM' })
  @Property({ type: 'string', columnType: 'char(7)' })
  fromMonth!: string;

  @Field(() => String, { description: '截止月份 YYYY-MM' })
  @Property({ type: 'string', columnType: 'char(7)' })
  toMonth!: string;

  @Field(() => String, { description: '抽样种子: 相同种子与相同记录抽出相同样本' })
  @Property({ type: 'text' })
  seed!: string;

  @Field(() => Int, { nullable: true, description: '要求的抽样数量' })
  @Property({ type: 'integer', nullable: true })
  requestedSize?: number | null;

  @Field(() => String, { nullable: true, description: '要求的抽样比例 (0–1)' })
  @Property({ type: 'decimal', precision: 5, scale: 4, nullable: true })
  requestedShare?: string | null;

  @Field(() => Int, { description: '期间内可抽取的记录数' })
  @Property({ type: 'integer' })
  populationSize!: number;

  @Field(() => Int, { description: '抽取的记录数' })
  @Property({ type: 'integer' })
  sampleSize!: number;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
