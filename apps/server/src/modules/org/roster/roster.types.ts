import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Label } from '../../../graphql/locale.js';

export enum RosterRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(RosterRowAction, { name: 'RosterRowAction', description: '新增 / 修改 / 不变' });

export const ROSTER_ROW_ACTION_LABELS: Record<RosterRowAction, Label> = {
  [RosterRowAction.CREATE]: { zh: '新增', en: 'add' },
  [RosterRowAction.UPDATE]: { zh: '修改', en: 'change' },
  [RosterRowAction.UNCHANGED]: { zh: '不变', en: 'unchanged' },
};

@InputType({ description: '名册导入: Excel (.xlsx) 文件内容的 base64' })
export class RosterImportInput {
  @Field(() => String)
  fileBase64!: string;

  @Field(() => String, {
    nullable: true,
    description: '新增党员在本支部的起始月份 YYYY-MM; 默认本月',
  })
  fromMonth?: string | null;

  @Field(() => ID, { nullable: true, description: '“所在支部”为空的行归入此支部' })
  branchId?: string | null;
}

@ObjectType('RosterFieldChange', { description: '一项变化', simpleResolvers: true })
export class RosterFieldChangeType {
  @Field(() => String, { description: '列名, 如 职务' })
  column!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('RosterImportRow', { description: '一行将产生的变化', simpleResolvers: true })
export class RosterImportRowType {
  @Field(() => Int, { description: 'Excel 行号' })
  row!: number;

  @Field(() => RosterRowAction)
  action!: RosterRowAction;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  branchName!: string;

  @Field(() => [RosterFieldChangeType])
  changes!: RosterFieldChangeType[];
}

@ObjectType('RosterRowError', { description: '一行的一个错误', simpleResolvers: true })
export class RosterRowErrorType {
  @Field(() => Int)
  row!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  messageEn!: string;
}

@ObjectType('RosterNewGroup', { description: '导入时将新建的党小组', simpleResolvers: true })
export class RosterNewGroupType {
  @Field(() => String)
  branchName!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('RosterImportResult', { description: '导入预览或导入结果', simpleResolvers: true })
export class RosterImportResultType {
  @Field(() => Boolean, { description: '没有任何错误时为 true: 只有这时才能导入' })
  valid!: boolean;

  @Field(() => String)
  fromMonth!: string;

  @Field(() => [RosterImportRowType])
  rows!: RosterImportRowType[];

  @Field(() => [RosterRowErrorType])
  errors!: RosterRowErrorType[];

  @Field(() => [RosterNewGroupType])
  groupsToCreate!: RosterNewGroupType[];

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType('RosterFile', { description: '导出的名册文件', simpleResolvers: true })
export class RosterFileType {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int)
  rowCount!: number;
}
