import { allRuleKinds, findRuleKind, LEDGER_CELL_KINDS } from '@jifen/scoring';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from '../../../graphql/json-scalar.js';

/**
 * The rule kinds as a GraphQL enum, read from the scoring package's registry whenever the schema
 * is built (graphql/schema.ts rebuilds it when a kind is registered), so a kind added to the
 * package is a value here without a list of its own.
 */
export const RuleKind: Record<string, string> = new Proxy(
  {},
  {
    ownKeys: () => allRuleKinds().map((k) => k.kind),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && findRuleKind(key)
        ? { value: key, enumerable: true, configurable: true, writable: false }
        : undefined,
    get: (_, key) => (typeof key === 'string' && findRuleKind(key) ? key : undefined),
  },
);
registerEnumType(RuleKind, { name: 'RuleKind', description: '计分规则类型 (积分计算包中登记)' });

/** How the monthly sheet records a cell, as the scoring package names it. */
export const LedgerCellKind = Object.fromEntries(LEDGER_CELL_KINDS.map((k) => [k, k])) as {
  [K in (typeof LEDGER_CELL_KINDS)[number]]: K;
};
registerEnumType(LedgerCellKind, {
  name: 'LedgerCellKind',
  description: '考核表记录方式: 签到 / 数值 / 缴纳状态 / 违反次数 / 个人申报',
});

/** How the scheme editor takes a rule's setting. */
export enum RuleFieldInput {
  decimal = 'decimal',
  text = 'text',
  boolean = 'boolean',
  target = 'target',
}
registerEnumType(RuleFieldInput, {
  name: 'RuleFieldInput',
  description: '方案编辑器的输入方式: 数值 / 文字 / 开关 / 定额目标 (当月天数或固定数)',
});

@ObjectType('RuleField', { description: '计分规则的一项设置, 按阅读顺序', simpleResolvers: true })
export class RuleFieldInfo {
  @Field(() => String, { description: '设置在方案定义中的键' })
  key!: string;

  @Field(() => RuleFieldInput)
  input!: RuleFieldInput;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;
}

@ObjectType('RuleKindInfo', {
  simpleResolvers: true,
  description: '一种计分规则: 名称、适用部分、考核表记录方式与编辑字段',
})
export class RuleKindInfo {
  @Field(() => RuleKind)
  kind!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => [String], { description: '可使用该规则的部分: base | special' })
  sections!: string[];

  @Field(() => LedgerCellKind, { description: '考核表中该类项目的记录方式' })
  cell!: string;

  @Field(() => [RuleFieldInfo])
  fields!: RuleFieldInfo[];

  @Field(() => GraphQLJSON, { description: '新建规则时的默认设置 (不含 kind)' })
  defaults!: Record<string, unknown>;
}
