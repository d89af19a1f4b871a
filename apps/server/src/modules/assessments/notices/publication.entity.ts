import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { UserAccount } from '../../org/users/user-account.entity.js';

export enum PublicationKind {
  QUARTER = 'quarter',
  YEAR = 'year',
}
registerEnumType(PublicationKind, { name: 'PublicationKind', description: '季度 / 年度公示' });

/** One line of a published list, exactly as it was shown. */
export type PublishedRow = {
  memberId: string;
  name: string;
  total: string;
  base: string;
  special: string;
  /** Years only. */
  evaluation?: string | null;
  grade?: string | null;
  band?: string | null;
  revision: number;
};

/**
 * A list as published in the branch (公示), immutable: names and figures are copied, so the list
 * can be shown exactly as it was even after members move or results are corrected. A corrected
 * result is a new publication with the next number and a notice of its own.
 */
@ObjectType('Publication', { description: '公示名单 (发布后不再改变)', simpleResolvers: true })
@Entity({ tableName: 'publication' })
@Unique({ properties: ['bureauId', 'branchId', 'kind', 'year', 'quarter', 'number'] })
export class Publication extends BranchOwned {
  @Field(() => PublicationKind)
  @Enum({ items: () => PublicationKind, nativeEnumName: 'publication_kind' })
  kind!: PublicationKind;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  /** 1–4 for a quarter; 0 for a year (a real value keeps the unique key simple). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  quarter!: number;

  /** The id of the quarter or annual assessment published. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  assessmentId!: string;

  /** 1 for the first publication of the period, 2 … for each corrected list. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'published_by_id'],
    ownColumns: ['published_by_id'],
    ref: true,
  })
  publishedBy!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'published_by_id', persist: false })
  publishedById!: string;

  @Field(() => String, { description: '发布日 (北京时间)' })
  @Property({ type: 'date' })
  publishedOn!: string;

  @Field(() => String, { description: '第一个计入的工作日' })
  @Property({ type: 'date' })
  firstCountedDay!: string;

  @Field(() => String, { description: '公示截止日 (当日 24 时结束)' })
  @Property({ type: 'date' })
  noticeEndsOn!: string;

  @Field(() => [Int], { description: '节假日安排未知的年份' })
  @Property({ type: 'jsonb' })
  provisionalYears!: number[];

  @Property({ type: 'jsonb' })
  rows!: PublishedRow[];

  /** The correction's reason as it stood when the list was published again; read through the resolver. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  correctionId?: string | null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
