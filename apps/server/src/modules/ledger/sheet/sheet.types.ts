import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LedgerCellKind } from '../../schemes/rule-kinds/rule-kinds.types.js';

@ObjectType('SheetColumn', {
  description: '考核表的一列: 一个项目, 或按次计分项目的一次活动',
  simpleResolvers: true,
})
export class SheetColumn {
  @Field(() => String)
  key!: string;

  @Field(() => LedgerCellKind, { description: '该列的记录方式, 由项目的计分规则类型决定' })
  kind!: string;

  @Field(() => String, { description: 'base | special' })
  section!: string;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => String)
  categoryNameZh!: string;

  @Field(() => String)
  categoryNameEn!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: '考核分值, e.g. 5 分/次' })
  unitZh!: string;

  @Field(() => String)
  unitEn!: string;

  @Field(() => Boolean, { description: '特色分由个人申报流程记录, 表中只读' })
  editable!: boolean;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => String, { nullable: true })
  sessionDate!: string | null;

  @Field(() => String, { nullable: true })
  sessionTopic!: string | null;

  @Field(() => Float, { nullable: true, description: '定额项目的最大值 (e.g. 当月天数)' })
  max!: number | null;
}

@ObjectType('SheetCell', {
  description: '一名党员一列的记录; version 0 表示尚无记录',
  simpleResolvers: true,
})
export class SheetCell {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '签到 "1"; 定额数值; 党费 onTime/late/missing; 违反次数; 特色分计入分值',
  })
  value!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true, description: '记录编号' })
  recordId!: string | null;
}

@ObjectType('SheetItemScore', {
  description: '本月该项目实得与扣分 (项目自身分值, 未折算)',
  simpleResolvers: true,
})
export class SheetItemScore {
  @Field(() => String)
  itemCode!: string;

  @Field(() => String, { description: '实得 (特色分: 封顶后)' })
  earned!: string;

  @Field(() => String, { nullable: true, description: '扣分 (负数), 如延期缴纳党费、违纪' })
  deduction!: string | null;
}

@ObjectType('SheetCategoryScore', {
  description: '本月类别: 应得与折算后得分',
  simpleResolvers: true,
})
export class SheetCategoryScore {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String, { description: '应得 (当月全勤可得, 项目分值); 当月无可得时为 0' })
  attainable!: string;

  @Field(() => String, { description: '折算后得分 (权重 × 实得 ÷ 应得 − 扣分)' })
  score!: string;
}

@ObjectType('SheetCategory', { description: '基础分的一个类别 (方案顺序)', simpleResolvers: true })
export class SheetCategory {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType('SheetRow', { simpleResolvers: true })
export class SheetRow {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  memberName!: string;

  @Field(() => ID, { nullable: true })
  groupId!: string | null;

  @Field(() => [SheetCell])
  cells!: SheetCell[];

  @Field(() => [SheetItemScore])
  items!: SheetItemScore[];

  @Field(() => [SheetCategoryScore])
  categories!: SheetCategoryScore[];

  @Field(() => String, { description: '本月基础分' })
  base!: string;

  @Field(() => String, { description: '本月特色分' })
  special!: string;

  @Field(() => String, { description: '本月合计' })
  total!: string;
}

@ObjectType('SheetCategoryAverage', { simpleResolvers: true })
export class SheetCategoryAverage {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  score!: string;
}

@ObjectType('SheetAverages', {
  description: '全表平均: 精确求平均后按方案舍入一次',
  simpleResolvers: true,
})
export class SheetAverages {
  @Field(() => [SheetCategoryAverage])
  categories!: SheetCategoryAverage[];

  @Field(() => String)
  base!: string;

  @Field(() => String)
  special!: string;

  @Field(() => String)
  total!: string;
}

@ObjectType('MonthlySheet', { description: '支部某月考核表: 党员 × 项目', simpleResolvers: true })
export class MonthlySheet {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  branchName!: string;

  @Field(() => String)
  month!: string;

  @Field(() => ID)
  schemeId!: string;

  @Field(() => Int)
  schemeVersion!: number;

  @Field(() => Boolean, { description: '该月已关闭 (季度已签字), 不能再修改' })
  closed!: boolean;

  @Field(() => String, { nullable: true })
  closedReason!: string | null;

  @Field(() => String, { nullable: true })
  closedReasonEn!: string | null;

  @Field(() => [SheetColumn])
  columns!: SheetColumn[];

  @Field(() => [SheetCategory], {
    description: '基础分类别, 按方案顺序: 各行与平均行的类别得分同此顺序',
  })
  categories!: SheetCategory[];

  @Field(() => [SheetRow])
  rows!: SheetRow[];

  @Field(() => SheetAverages, { description: '平均分 (含未保存的格, 若查询时给出)' })
  averages!: SheetAverages;
}

@InputType('SheetCellInput')
export class SheetCellInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => ID, { nullable: true, description: '按次计分项目: 活动编号' })
  sessionId?: string | null;

  @Field(() => String, { nullable: true, description: '空: 清除该格' })
  value?: string | null;

  @Field(() => Int, { description: '读取时的 version (无记录为 0)' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '违反记录: 支部委员会的决定' })
  note?: string | null;
}

@InputType('SaveMonthlySheetInput')
export class SaveMonthlySheetInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => String, { description: '客户端生成的唯一键: 重试同一次保存只生效一次' })
  idempotencyKey!: string;

  @Field(() => [SheetCellInput])
  cells!: SheetCellInput[];
}

@ObjectType('SavedCell', { simpleResolvers: true })
export class SavedCell {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('SaveMonthlySheetPayload', { simpleResolvers: true })
export class SaveMonthlySheetPayload {
  @Field(() => Int, { description: '实际改动的格数' })
  applied!: number;

  @Field(() => Boolean, { description: '同一幂等键的重试: 未重复执行, 返回首次结果' })
  replayed!: boolean;

  @Field(() => [SavedCell])
  cells!: SavedCell[];

  /** The sheet saved: read again only when asked for (`sheet` in ledger.resolver.ts). */
  branchId!: string;
  month!: string;
}
