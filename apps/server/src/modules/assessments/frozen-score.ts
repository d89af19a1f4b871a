import { ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FrozenJsonType } from '../../db/rows/frozen-json-type.js';
import { GraphQLJSON } from '../../graphql/json-scalar.js';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Member } from '../org/members/member.entity.js';
import { ACROSS_BRANCHES } from './across-branches.js';
import { clock } from '../calendar/clock.js';

/** A category or special item as frozen: code, names, the published value and the exact one. */
export type FrozenPart = { code: string; zh: string; en: string; value: string; exact: string };

/**
 * A member's score as it stood when a period was signed (quarter) or submitted (year): the figures,
 * the explanation lines and the scheme version, copied from the scoring package's result and never
 * changed again. A correction adds a row with the next revision and marks this one superseded.
 */
// Decorated so subclasses inherit its fields; never referenced itself, so never in the schema.
@ObjectType({ simpleResolvers: true })
export abstract class FrozenScore extends BranchOwned {
  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ownColumns: ['member_id'],
    ref: true,
    filters: ACROSS_BRANCHES,
  })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  /** 1 when signed or submitted; each applied correction adds one. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => String, { description: '总分 (按方案舍入)' })
  @Property({ type: 'text' })
  total!: string;

  @Field(() => String, { description: '精确值' })
  @Property({ type: 'text' })
  totalExact!: string;

  @Field(() => String, { description: '基础分' })
  @Property({ type: 'text' })
  base!: string;

  @Field(() => String, { description: '特色分' })
  @Property({ type: 'text' })
  special!: string;

  @Field(() => GraphQLJSON, { description: '基础分各类别' })
  @Property({ type: FrozenJsonType, columnType: 'jsonb' })
  categories!: FrozenPart[];

  @Field(() => GraphQLJSON, { description: '特色分各项' })
  @Property({ type: FrozenJsonType, columnType: 'jsonb' })
  specialItems!: FrozenPart[];

  /**
   * The scoring package's ExplanationLine[]; shown to the member and the branch panel. 20–70 KB a
   * row, so loaded only where a query asks for them (`populate: ['lines']`): the cycle's own steps
   * (publishing, approving, correcting) read figures only.
   */
  @Property({ type: FrozenJsonType, columnType: 'jsonb', lazy: true })
  lines!: unknown[];

  @Property({ type: FrozenJsonType, columnType: 'jsonb' })
  warnings!: unknown[];

  @Field(() => ID)
  @Property({ type: 'uuid' })
  schemeId!: string;

  @Field(() => Int, { description: '积分方案版本' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  /** The correction that produced this revision (null for the first). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  correctionId?: string | null;

  @Field(() => Date, { nullable: true, description: '被更正取代的时间; 为空即现行结果' })
  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  frozenAt: Date & Opt = clock().now();
}
