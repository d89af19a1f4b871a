import type { LocalizedText } from '../i18n/locale.js';
import { parsePath } from './scheme-path.js';

/** The names people use for a scheme's settings, by their key in the definition. */
const SETTING_WORDS: Readonly<Record<string, LocalizedText>> = {
  year: { zh: '年度', en: 'year' },
  version: { zh: '版本', en: 'version' },
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  code: { zh: '代码', en: 'code' },
  firstMonth: { zh: '起始月份', en: 'first month' },
  totalCap: { zh: '满分', en: 'total' },
  cap: { zh: '上限', en: 'cap' },
  weight: { zh: '权重', en: 'weight' },
  normalisation: { zh: '折算方式', en: 'normalisation' },
  whenNothingAttainable: { zh: '无可得分时', en: 'when nothing is attainable' },
  items: { zh: '考核内容', en: 'items' },
  categories: { zh: '类别', en: 'categories' },
  grades: { zh: '等次', en: 'grades' },
  points: { zh: '分值', en: 'points' },
  evidence: { zh: '计分依据', en: 'evidence' },
  noteZh: { zh: '说明', en: 'note' },
  noteEn: { zh: '英文说明', en: 'English note' },
  rule: { zh: '计分规则', en: 'rule' },
  kind: { zh: '规则类型', en: 'rule kind' },
  branchChosen: { zh: '支部自选', en: 'chosen by branches' },
  branchIds: { zh: '适用支部', en: 'branches' },
  parent: { zh: '所属项目', en: 'parent item' },
  probationaryGradedOnDailyPerformance: {
    zh: '预备党员按日常表现评定',
    en: 'probationary members graded on daily performance',
  },
  outcomes: { zh: '结果运用', en: 'outcomes' },
  atLeast: { zh: '下限（≥）', en: 'lower bound (≥)' },
  below: { zh: '上限（<）', en: 'upper bound (<)' },
  rounding: { zh: '舍入', en: 'rounding' },
  decimals: { zh: '小数位数', en: 'decimals' },
  mode: { zh: '舍入方式', en: 'rounding mode' },
  assumptions: { zh: '假设', en: 'assumptions' },
  path: { zh: '对应设置', en: 'setting' },
  projection: { zh: '预计', en: 'projection' },
  // A rule's own settings.
  unitPoints: { zh: '每次分值', en: 'points per unit' },
  maxPoints: { zh: '每月满分', en: 'monthly maximum' },
  target: { zh: '目标', en: 'target' },
  deductionPerUnit: { zh: '每少 1 个单位扣分', en: 'deduction per unit short' },
  unitZh: { zh: '单位', en: 'unit' },
  unitEn: { zh: '英文单位', en: 'English unit' },
  pointsPerMonth: { zh: '每月计分', en: 'points per month' },
  latePenaltyPerMonth: { zh: '逾期当季每月扣分', en: 'late penalty per month' },
  missingCountsAsLate: { zh: '未缴视同逾期', en: 'unpaid counts as late' },
  deductionPerCount: { zh: '每次扣分', en: 'deduction per breach' },
  priorityCandidate: { zh: '优先推荐人选', en: 'priority candidate' },
  // The plan's own words (积分运用: 激励关怀, 双色预警, 约谈提醒).
  incentive: { zh: '激励关怀', en: 'incentive' },
  yellowWarning: { zh: '黄色预警', en: 'yellow warning' },
  redWarning: { zh: '红色预警', en: 'red warning' },
  redTwoYearsRunning: { zh: '连续两年红色预警', en: 'red two years running' },
  probationaryInterview: { zh: '预备党员约谈提醒', en: 'probationary interview' },
  probationExtension: { zh: '延长预备期', en: 'probation extension' },
};

const SECTION_WORDS: Readonly<Record<string, LocalizedText>> = {
  base: { zh: '基础分', en: 'base' },
  special: { zh: '特色分', en: 'special' },
  evaluation: { zh: '评议分', en: 'evaluation' },
};

/** One setting's name by its key (`unitPoints` → 每次分值 / points per unit). */
export const settingWords = (key: string): LocalizedText =>
  SETTING_WORDS[key] ?? { zh: `「${key}」`, en: key };
const words = settingWords;

/**
 * The setting at a scheme path in words a person reads, e.g. `sections.special.items[1].cap` →
 * 特色分第 2 项的上限 / special item 2's cap. The path itself stays the program's handle on the
 * field; these words are what messages show.
 */
export function fieldWords(path: string): LocalizedText {
  const keys = parsePath(path);
  if (keys.length === 0) return { zh: '方案', en: 'the scheme' };
  const zh: string[] = [];
  const en: string[] = [];
  let i = 0;
  if (keys[0] === 'outcomes' && typeof keys[1] === 'string') {
    // An outcome's threshold: 结果运用「红色预警」的上限（<）/ the red warning threshold's upper bound (<).
    const outcome = words(keys[1]);
    const rest = keys.slice(2).filter((k): k is string => typeof k === 'string');
    return {
      zh: [`结果运用「${outcome.zh}」`, ...rest.map((k) => words(k).zh)].join('的'),
      en: [`the ${outcome.en} threshold`, ...rest.map((k) => words(k).en)].join("'s "),
    };
  }
  if (keys[0] === 'sections') {
    const section = typeof keys[1] === 'string' ? SECTION_WORDS[keys[1]] : undefined;
    if (!section) return { zh: '方案的三部分', en: "the scheme's sections" };
    zh.push(section.zh);
    en.push(section.en);
    i = 2;
  }
  while (i < keys.length) {
    const key = keys[i]!;
    const index = keys[i + 1];
    if (typeof key === 'string' && typeof index === 'number') {
      const n = index + 1;
      if (key === 'categories') {
        zh.push(`第 ${n} 类`);
        en.push(`category ${n}`);
      } else if (key === 'items') {
        zh.push(`第 ${n} 项`);
        en.push(`item ${n}`);
      } else if (key === 'grades') {
        zh.push(`第 ${n} 个等次`);
        en.push(`grade ${n}`);
      } else {
        zh.push(`${words(key).zh}第 ${n} 条`);
        en.push(`${words(key).en} ${n}`);
      }
      i += 2;
      continue;
    }
    if (typeof key === 'string') {
      zh.push(`${zh.length ? '的' : ''}${words(key).zh}`);
      en.push(`${en.length ? "'s " : ''}${words(key).en}`);
    }
    i += 1;
  }
  return { zh: zh.join(''), en: en.join(' ').replace(/ 's /g, "'s ") };
}
