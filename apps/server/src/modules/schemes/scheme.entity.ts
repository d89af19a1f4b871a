import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { Scheme as SchemeDefinition } from '@jifen/scoring';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/json-scalar.js';
import type { Label } from '../../graphql/locale.js';
import { BureauOwned } from '../../tenancy/bureau-owned.js';

export enum SchemeStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  /** A later version is published; this one still governs the months before that version's effective month. */
  SUPERSEDED = 'superseded',
}
registerEnumType(SchemeStatus, {
  name: 'SchemeStatus',
  description: '草稿 / 已发布 / 已被新版本取代',
});

/** What a version's status is called on screen (a published version is the one in force). */
export const SCHEME_STATUS_LABELS: Record<SchemeStatus, Label> = {
  [SchemeStatus.DRAFT]: { zh: '草稿', en: 'Draft' },
  [SchemeStatus.PUBLISHED]: { zh: '现行', en: 'In force' },
  [SchemeStatus.SUPERSEDED]: { zh: '已被取代', en: 'Superseded' },
};

/**
 * A year's assessment scheme (积分方案), one row per version. The definition is the scoring
 * package's Scheme, stored as jsonb. Published versions never change: a correction is a new
 * version with the month it takes effect from and the reason, and every score names its version.
 */
@ObjectType('Scheme', { description: '年度积分方案 (一个版本)', simpleResolvers: true })
@Entity({ tableName: 'scheme' })
@Unique({ properties: ['bureauId', 'year', 'version'] })
export class Scheme extends BureauOwned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  /** 1 for the year's first scheme, then 2, 3 … for each correction. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => SchemeStatus)
  @Enum({ items: () => SchemeStatus, nativeEnumName: 'scheme_status' })
  status: SchemeStatus & Opt = SchemeStatus.DRAFT;

  @Field(() => GraphQLJSON, { description: 'The scoring package Scheme (see packages/scoring)' })
  @Property({ type: 'jsonb' })
  definition!: SchemeDefinition;

  /**
   * The md5 of the definition as text, kept by PostgreSQL: what a read names a definition by, to
   * leave out one the server holds (year-schemes.ts) without turning 11 KB back into text.
   */
  @Property({ type: 'text', generated: '(md5(definition::text)) stored', lazy: true })
  definitionHash?: string;

  /** `YYYY-MM`: the first month this version governs (January for version 1). */
  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  effectiveFromMonth!: string;

  @Field(() => String, { nullable: true, description: '修订原因 (版本 2 起必填)' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: '复制自哪个方案' })
  @Property({ type: 'uuid', nullable: true })
  basedOnId?: string | null;

  /** Where the first draft came from: `default-2021`, `previous-year` or `correction`. */
  @Field(() => String)
  @Property({ type: 'text' })
  origin!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  publishedById?: string | null;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  /** Optimistic lock of draft edits (distinct from `version`, the scheme's published number). */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  revision: number & Opt = 1;
}
