import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';

/**
 * A stored evidence file (sign-in sheet, photo, activity record). The bytes live in an
 * EvidenceStorage under their SHA-256; the row is what the branch wall guards, so a file is
 * readable only by whoever can read its branch's rows.
 */
@ObjectType('EvidenceFile', {
  description: '佐证材料 (签到表、照片、活动记录等)',
  simpleResolvers: true,
})
@Entity({ tableName: 'evidence_file' })
@Index({ properties: ['bureauId', 'branchId', 'sha256'] })
export class EvidenceFile extends BranchOwned {
  @Field(() => String, { description: 'SHA-256 of the content, hex' })
  @Property({ type: 'string', columnType: 'char(64)' })
  sha256!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  mimeType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  uploadedById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
