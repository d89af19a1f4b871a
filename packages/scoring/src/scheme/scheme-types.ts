import type { DecimalInput } from '../exact/decimal.js';
import type { RoundingRule } from '../exact/rounding.js';
import type { Rule } from '../rules/registry.js';

/**
 * A yearly assessment scheme (积分方案): every rule of the plan as data. JSON-serialisable, so the
 * server stores it as jsonb and the web app edits it; check it with `validateScheme`.
 */
export type Scheme = {
  year: number;
  version?: string;
  nameZh?: string;
  nameEn?: string;
  /** First month of the year the scheme applies to (1–12, default 1); earlier months are not scored. */
  firstMonth?: number;
  /** The most a year can score (满分), normally 100; the section caps must add up to it. */
  totalCap: DecimalInput;
  sections: {
    base: BaseSection;
    special: SpecialSection;
    evaluation: EvaluationSection;
  };
  outcomes: OutcomeThresholds;
  /** Applied once, to the reported figures; everything before is exact. */
  rounding: RoundingRule;
  /** Readings of the plan that the plan itself does not settle, with the setting they explain. */
  assumptions?: SchemeAssumption[];
  /** How a year in progress is projected (absent: a provisional year gets no projection). */
  projection?: ProjectionSettings;
};

/**
 * The projection of a provisional year: the evaluation grade assumed before the evaluation (e.g.
 * `qualified`, 合格, 7 points) and whether a projection in the yellow or red band raises an early
 * warning (进度预警).
 */
export type ProjectionSettings = { evaluationGrade: string; earlyWarning: boolean };

/** What proves an item (e.g. 支部签到表 / branch sign-in sheet). */
export type Evidence = { zh: string; en: string };

/** A documented assumption, attached to the path of the setting it explains. */
export type SchemeAssumption = { path: string; zh: string; en: string };

/** 基础分: categories scored monthly and averaged over the months of membership. */
export type BaseSection = { cap: DecimalInput; categories: BaseCategory[] };

/**
 * How a category's monthly points become its score:
 * - `scale`: weight × earned / attainable, attainable being what attending everything held gives;
 * - `cap`: the raw points, capped at the weight.
 */
export type Normalisation = 'scale' | 'cap';

/** A category of the base score (政治学习, 组织生活, 政治建设 …). */
export type BaseCategory = {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The category's share of the base section; the weights add up to the section cap. */
  weight: DecimalInput;
  normalisation: Normalisation;
  /** For `scale`: the score of a month where nothing was attainable (default `full`). */
  whenNothingAttainable?: 'full' | 'zero';
  items: BaseItem[];
};

/** One line of the form in the base section. */
export type BaseItem = {
  code: string;
  nameZh: string;
  nameEn: string;
  rule: Rule;
  evidence: Evidence;
  /** The form's remark (备注), kept for display. */
  noteZh?: string;
  noteEn?: string;
};

/** 特色分: additive points from accepted declarations, capped per item, per parent and per section. */
export type SpecialSection = { cap: DecimalInput; items: SpecialItem[] };

/** One special item; branch-chosen items (支部自选) may be limited to the branches that own them. */
export type SpecialItem = {
  code: string;
  nameZh: string;
  nameEn: string;
  rule: Rule;
  evidence: Evidence;
  /** The most the item can add in a year. */
  cap: DecimalInput;
  /** A branch-chosen item (支部自选), approved by the committee. */
  branchChosen: boolean;
  /** For branch-chosen items: the branches it is approved for (absent: any branch). */
  branchIds?: string[];
  /** Code of another special item whose cap this item's points also count under. */
  parent?: string;
  noteZh?: string;
  noteEn?: string;
};

/** 评议分: the democratic evaluation's grade turned into points. */
export type EvaluationSection = {
  cap: DecimalInput;
  grades: GradeDefinition[];
  /** Probationary members are graded on daily performance (informational; the grade is an input). */
  probationaryGradedOnDailyPerformance: boolean;
};

/** A grade of the democratic evaluation, e.g. `{ code: 'excellent', nameZh: '优秀', points: '10' }`. */
export type GradeDefinition = {
  code: string;
  nameZh: string;
  nameEn: string;
  points: DecimalInput;
};

/**
 * The outcome thresholds on the (rounded) annual total. `atLeast` includes the bound, `below`
 * excludes it: the plan's "60–69" is `{ atLeast: 60, below: 70 }`, so 69.9 is yellow.
 */
export type OutcomeThresholds = {
  /** 优先作为评优评先、提拔任用推荐对象. */
  priorityCandidate: { atLeast: DecimalInput };
  /** 给予学习、培训等激励关怀. */
  incentive: { atLeast: DecimalInput };
  /** 黄色预警. */
  yellowWarning: { atLeast: DecimalInput; below: DecimalInput };
  /** 红色预警. */
  redWarning: { below: DecimalInput };
  /** 连续两年低于: this year and last year both below. */
  redTwoYearsRunning: { below: DecimalInput };
  /** 预备党员约谈提醒. */
  probationaryInterview: { below: DecimalInput };
  /** 预备党员视情延长预备期. */
  probationExtension: { below: DecimalInput };
};
