import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('SheetFile', { description: '导出的考核表 (.xlsx)', simpleResolvers: true })
export class SheetFile {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;
}

@InputType('SheetImportInput')
export class SheetImportInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => String, { description: '导出后填写的考核表 (.xlsx), base64' })
  contentBase64!: string;

  @Field(() => String, { nullable: true, description: '导入时必填: 重试只生效一次' })
  idempotencyKey?: string | null;
}

@ObjectType('SheetImportChange', { description: '导入将改动的一格', simpleResolvers: true })
export class SheetImportChange {
  @Field(() => Int, { description: 'Excel 行号' })
  row!: number;

  @Field(() => String, { description: '单元格, e.g. D9' })
  cell!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  memberName!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field(() => Int, { description: '保存时作为 expectedVersion' })
  expectedVersion!: number;
}

@ObjectType('SheetImportError', { description: '某一格 (或某一行) 的错误', simpleResolvers: true })
export class SheetImportError {
  @Field(() => Int)
  row!: number;

  @Field(() => String)
  cell!: string;

  @Field(() => String, { nullable: true })
  memberName!: string | null;

  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;
}

@ObjectType('SheetImportPreview', {
  description: '导入预览: 改动与逐格错误; 不写入任何数据',
  simpleResolvers: true,
})
export class SheetImportPreview {
  @Field(() => Boolean, { description: '没有错误时为 true' })
  ok!: boolean;

  @Field(() => [SheetImportChange])
  changes!: SheetImportChange[];

  @Field(() => [SheetImportError])
  errors!: SheetImportError[];
}
