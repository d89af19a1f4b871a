import type { LineInputs } from './line-types.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { parseExact } from '../exact/exact-text.js';
import { ROUNDING_MODE_WORDS, type RoundingMode } from '../exact/rounding.js';

/** A line's rounding mode in words; a mode the package does not know is shown as it is. */
const modeWords = (mode: unknown): LocalizedText =>
  ROUNDING_MODE_WORDS[mode as RoundingMode] ?? { zh: String(mode), en: String(mode) };

/**
 * How the engine's own steps (not rule kinds) describe themselves: normalisation floors and caps,
 * section caps, the evaluation grade and the final rounding.
 */
export const engineSteps: Readonly<Record<string, (inputs: LineInputs, locale: Locale) => string>> =
  {
    nothingAttainable: (inputs, locale) =>
      locale === 'zh-CN'
        ? `本月无可得分项目，按${inputs.full === true ? '满分' : '0 分'}计`
        : `nothing attainable this month: scored as ${inputs.full === true ? 'full' : 'zero'}`,
    floor: (inputs, locale) =>
      locale === 'zh-CN'
        ? `扣分 ${inputs.deductions} 超过得分 ${inputs.normalised}，本类别最低 0 分`
        : `deductions of ${inputs.deductions} exceed the ${inputs.normalised} earned: the category stops at 0`,
    baseFloor: (inputs, locale) =>
      locale === 'zh-CN'
        ? `本期扣分 ${inputs.deductions} 超过基础分 ${inputs.base}，基础分最低 0 分`
        : `the period's deductions of ${inputs.deductions} exceed its base of ${inputs.base}: the base stops at 0`,
    categoryCap: (inputs, locale) =>
      locale === 'zh-CN'
        ? `得分 ${inputs.value} 超过权重 ${inputs.weight}，按权重封顶`
        : `${inputs.value} exceeds the weight of ${inputs.weight}: capped`,
    sectionCap: (inputs, locale) =>
      locale === 'zh-CN'
        ? `合计 ${inputs.sum} 超过上限 ${inputs.cap}，按上限计`
        : `the sum of ${inputs.sum} exceeds the cap of ${inputs.cap}`,
    itemCap: (inputs, locale) =>
      locale === 'zh-CN'
        ? `本项合计 ${inputs.sum} 超过上限 ${inputs.cap}`
        : `the item's ${inputs.sum} exceed its cap of ${inputs.cap}`,
    parentCap: (inputs, locale) =>
      locale === 'zh-CN'
        ? `本项及其下属自选项目合计 ${inputs.sum} 超过上限 ${inputs.cap}`
        : `with its branch items, ${inputs.sum} exceed the cap of ${inputs.cap}`,
    notApprovedForBranch: (inputs, locale) =>
      locale === 'zh-CN'
        ? `本项目未经批准用于支部 ${inputs.branchId}，不计分`
        : `not approved for branch ${inputs.branchId}: not counted`,
    grade: (inputs, locale) =>
      locale === 'zh-CN'
        ? `民主评议等次：${inputs.gradeZh}`
        : `democratic evaluation: ${inputs.gradeEn}`,
    notEvaluated: (_inputs, locale) => (locale === 'zh-CN' ? '尚未评议' : 'not yet evaluated'),
    unknownGrade: (inputs, locale) =>
      locale === 'zh-CN'
        ? `评议等次 ${inputs.grade} 不在本年度方案中，按 0 分计`
        : `grade ${inputs.grade} is not in this year's scheme: scored 0`,
    noMonths: (_inputs, locale) =>
      locale === 'zh-CN'
        ? '本期间不在任何支部，无基础分'
        : 'not in any branch during the period: no base score',
    projectionBase: (inputs, locale) =>
      locale === 'zh-CN'
        ? `已录入 ${inputs.months} 个月的平均基础分，按余下月份同样计`
        : `the mean base of the ${inputs.months} month(s) recorded, as if the remaining months go the same way`,
    projectionSpecial: (_inputs, locale) =>
      locale === 'zh-CN' ? '截至目前已审核通过的特色分' : 'special points accepted so far',
    projectionEvaluation: (inputs, locale) =>
      locale === 'zh-CN'
        ? inputs.assumed === true
          ? `尚未评议，按方案预设等次“${inputs.gradeZh}”计`
          : `民主评议等次：${inputs.gradeZh}`
        : inputs.assumed === true
          ? `not yet evaluated: the scheme assumes ${inputs.gradeEn}`
          : `democratic evaluation: ${inputs.gradeEn}`,
    rounding: (inputs, locale) => {
      const mode = modeWords(inputs.mode);
      const rounded = inputs.rounded === undefined ? undefined : String(inputs.rounded);
      // A line stored before the rounded total was among its inputs says how it was rounded only.
      if (rounded === undefined) {
        return locale === 'zh-CN'
          ? `总分 ${inputs.exact} 保留 ${inputs.decimals} 位小数（${mode.zh}）`
          : `total ${inputs.exact} rounded to ${inputs.decimals} decimals (${mode.en})`;
      }
      if (parseExact(rounded).compare(parseExact(String(inputs.exact))) === 0) {
        return locale === 'zh-CN'
          ? `总分 ${inputs.exact} 不超过 ${inputs.decimals} 位小数，无需舍入`
          : `total ${inputs.exact} has no more than ${inputs.decimals} decimals: nothing to round`;
      }
      return locale === 'zh-CN'
        ? `总分 ${inputs.exact} 保留 ${inputs.decimals} 位小数（${mode.zh}）为 ${rounded}，舍入差`
        : `total ${inputs.exact} rounded to ${inputs.decimals} decimals (${mode.en}) is ${rounded}; the difference`;
    },
  };
