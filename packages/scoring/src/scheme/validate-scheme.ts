import type { Exact } from '../exact/exact.js';
import { formatExact } from '../exact/exact-text.js';
import { ZERO } from '../exact/constants.js';
import { findRuleKind } from '../rules/registry.js';
import type { RuleSection } from '../rules/rule-kind.js';
import {
  at,
  checkBoolean,
  checkDecimal,
  checkEnum,
  checkInteger,
  checkText,
  isObject,
  missing,
  notObject,
  type JsonObject,
} from './checks.js';
import { problem, type SchemeProblem, type SchemeValidation } from './problem.js';
import { decimalOrUndefined, duplicate, listAt } from './scheme-lists.js';
import { validateAssumptions, validateOutcomes, validateRounding } from './validate-outcomes.js';
import { validateProjection } from './validate-projection.js';

/**
 * Checks a scheme and reports every problem at once, each with its path and a message in zh-CN and
 * English. Takes unchecked input (jsonb, a form's state), so it never throws. The server and the
 * web app call this same function; the engine refuses a scheme that does not pass.
 */
export function validateScheme(input: unknown): SchemeValidation {
  const problems: SchemeProblem[] = [];
  if (!isObject(input)) return { ok: false, problems: [notObject('')] };
  problems.push(
    ...checkInteger(input, 'year', '', 2000, 2100),
    ...checkText(input, 'version', '', false),
    ...checkText(input, 'nameZh', '', false),
    ...checkText(input, 'nameEn', '', false),
    ...checkInteger(input, 'firstMonth', '', 1, 12, false),
    ...checkDecimal(input, 'totalCap', '', 'positive'),
  );
  const codes = new Map<string, string>();
  const caps: (Exact | undefined)[] = [];
  const sections = input.sections;
  if (!isObject(sections)) {
    problems.push(sections === undefined ? missing('sections') : notObject('sections'));
  } else {
    caps.push(validateBase(sections.base, 'sections.base', codes, problems));
    caps.push(validateSpecial(sections.special, 'sections.special', codes, problems));
    caps.push(validateEvaluation(sections.evaluation, 'sections.evaluation', problems));
  }
  const totalCap = decimalOrUndefined(input.totalCap);
  if (totalCap && caps.length === 3 && caps.every((cap) => cap !== undefined)) {
    const sum = caps.reduce<Exact>((acc, cap) => acc.add(cap as Exact), ZERO);
    if (!sum.equals(totalCap)) {
      problems.push(
        problem(
          'sections',
          'sectionsDoNotAddUp',
          `三部分上限之和 ${formatExact(sum)} 不等于满分 ${formatExact(totalCap)}`,
          `The section caps add up to ${formatExact(sum)}, not the total of ${formatExact(totalCap)}`,
        ),
      );
    }
  }
  validateOutcomes(input.outcomes, 'outcomes', totalCap, problems);
  validateRounding(input.rounding, 'rounding', problems);
  validateAssumptions(input.assumptions, 'assumptions', problems);
  problems.push(
    ...validateProjection(
      input.projection,
      isObject(sections) ? sections.evaluation : undefined,
      'projection',
    ),
  );
  return { ok: problems.length === 0, problems };
}

function validateBase(
  value: unknown,
  path: string,
  codes: Map<string, string>,
  problems: SchemeProblem[],
): Exact | undefined {
  if (!isObject(value)) {
    problems.push(value === undefined ? missing(path) : notObject(path));
    return undefined;
  }
  problems.push(...checkDecimal(value, 'cap', path, 'positive'));
  const categoriesPath = at(path, 'categories');
  const categories = listAt(value.categories, categoriesPath, problems);
  if (Array.isArray(value.categories) && categories.length === 0) {
    problems.push(
      problem(categoriesPath, 'empty', '至少需要一个类别', 'Needs at least one category'),
    );
  }
  const categoryCodes = new Set<string>();
  let weights: Exact | undefined = ZERO;
  categories.forEach((category, i) => {
    const where = at(categoriesPath, i);
    if (!isObject(category)) {
      problems.push(notObject(where));
      weights = undefined;
      return;
    }
    problems.push(
      ...checkText(category, 'code', where),
      ...checkText(category, 'nameZh', where),
      ...checkText(category, 'nameEn', where),
      ...checkDecimal(category, 'weight', where, 'positive'),
      ...checkEnum(category, 'normalisation', where, ['scale', 'cap']),
      ...checkEnum(category, 'whenNothingAttainable', where, ['full', 'zero'], false),
    );
    if (typeof category.code === 'string') {
      if (categoryCodes.has(category.code))
        problems.push(duplicate(at(where, 'code'), category.code));
      categoryCodes.add(category.code);
    }
    const weight = decimalOrUndefined(category.weight);
    weights = weight && weights ? weights.add(weight) : undefined;
    const itemsPath = at(where, 'items');
    const items = listAt(category.items, itemsPath, problems);
    if (Array.isArray(category.items) && items.length === 0) {
      problems.push(
        problem(
          itemsPath,
          'empty',
          '类别下至少需要一个考核内容',
          'A category needs at least one item',
        ),
      );
    }
    items.forEach((item, j) => validateItem(item, at(itemsPath, j), 'base', codes, problems));
  });
  const cap = decimalOrUndefined(value.cap);
  const sum: Exact | undefined = weights;
  if (cap && sum && categories.length > 0 && !sum.equals(cap)) {
    problems.push(
      problem(
        categoriesPath,
        'weightsDoNotAddUp',
        `各类别权重之和 ${formatExact(sum)} 不等于基础分 ${formatExact(cap)}`,
        `The category weights add up to ${formatExact(sum)}, not the base score of ${formatExact(cap)}`,
      ),
    );
  }
  return cap;
}

/** Validates the parts every item has; returns the rule's unit points when the rule is valid. */
function validateItem(
  item: unknown,
  path: string,
  section: RuleSection,
  codes: Map<string, string>,
  problems: SchemeProblem[],
): Exact | undefined {
  if (!isObject(item)) {
    problems.push(notObject(path));
    return undefined;
  }
  problems.push(
    ...checkText(item, 'code', path),
    ...checkText(item, 'nameZh', path),
    ...checkText(item, 'nameEn', path),
    ...checkText(item, 'noteZh', path, false),
    ...checkText(item, 'noteEn', path, false),
  );
  if (typeof item.code === 'string') {
    const first = codes.get(item.code);
    if (first !== undefined) problems.push(duplicate(at(path, 'code'), item.code, first));
    else codes.set(item.code, path);
  }
  const evidence = item.evidence;
  if (
    !isObject(evidence) ||
    typeof evidence.zh !== 'string' ||
    evidence.zh.trim() === '' ||
    typeof evidence.en !== 'string' ||
    evidence.en.trim() === ''
  ) {
    problems.push(
      problem(
        at(path, 'evidence'),
        'noEvidence',
        '缺少计分依据（如支部签到表），中英文都要填写',
        'No evidence rule (what proves it, e.g. the branch sign-in sheet), in both languages',
      ),
    );
  }
  const rulePath = at(path, 'rule');
  const rule = item.rule;
  if (!isObject(rule)) {
    problems.push(rule === undefined ? missing(rulePath) : notObject(rulePath));
    return undefined;
  }
  const kindName = rule.kind;
  const kind = typeof kindName === 'string' ? findRuleKind(kindName) : undefined;
  if (!kind) {
    problems.push(
      problem(
        at(rulePath, 'kind'),
        'unknownRuleKind',
        `未知的计分规则类型 ${JSON.stringify(kindName)}`,
        `Unknown rule kind ${JSON.stringify(kindName)}`,
      ),
    );
    return undefined;
  }
  if (!kind.sections.includes(section)) {
    problems.push(
      problem(
        at(rulePath, 'kind'),
        'ruleKindNotAllowed',
        `规则类型「${kind.label.zh}」不能用于${section === 'base' ? '基础分' : '特色分'}`,
        `Rule kind "${kind.label.en}" cannot be used in the ${section} section`,
      ),
    );
    return undefined;
  }
  const own = kind.validate(rule, rulePath);
  problems.push(...own);
  if (own.length > 0) return undefined;
  return kind.bind(rule as { kind: string }, { code: String(item.code), section }).unitPoints;
}

function validateSpecial(
  value: unknown,
  path: string,
  codes: Map<string, string>,
  problems: SchemeProblem[],
): Exact | undefined {
  if (!isObject(value)) {
    problems.push(value === undefined ? missing(path) : notObject(path));
    return undefined;
  }
  problems.push(...checkDecimal(value, 'cap', path, 'positive'));
  const sectionCap = decimalOrUndefined(value.cap);
  const itemsPath = at(path, 'items');
  const items = listAt(value.items, itemsPath, problems);
  const parents = new Map<string, JsonObject>();
  for (const item of items) {
    if (isObject(item) && typeof item.code === 'string') parents.set(item.code, item);
  }
  items.forEach((item, i) => {
    const where = at(itemsPath, i);
    const unitPoints = validateItem(item, where, 'special', codes, problems);
    if (!isObject(item)) return;
    problems.push(
      ...checkDecimal(item, 'cap', where, 'positive'),
      ...checkBoolean(item, 'branchChosen', where),
    );
    const cap = decimalOrUndefined(item.cap);
    if (cap && unitPoints && cap.compare(unitPoints) < 0) {
      problems.push(
        problem(
          at(where, 'cap'),
          'capBelowUnitPoints',
          `上限 ${formatExact(cap)} 低于单次分值 ${formatExact(unitPoints)}`,
          `The cap of ${formatExact(cap)} is below the item's unit points of ${formatExact(unitPoints)}`,
        ),
      );
    }
    if (cap && sectionCap && cap.compare(sectionCap) > 0) {
      problems.push(
        problem(
          at(where, 'cap'),
          'capAboveSection',
          `上限 ${formatExact(cap)} 高于特色分上限 ${formatExact(sectionCap)}`,
          `The cap of ${formatExact(cap)} is above the special section's cap of ${formatExact(sectionCap)}`,
        ),
      );
    }
    if (item.branchIds !== undefined) {
      const ids = item.branchIds;
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '')) {
        problems.push(
          problem(
            at(where, 'branchIds'),
            'badBranchIds',
            '应为支部编号列表',
            'Must be a list of branch ids',
          ),
        );
      } else if (item.branchChosen !== true) {
        problems.push(
          problem(
            at(where, 'branchIds'),
            'branchIdsWithoutBranchChosen',
            '只有支部自选项目才能指定支部',
            'Only a branch-chosen item can be attached to branches',
          ),
        );
      }
    }
    if (item.parent !== undefined) {
      const parent = typeof item.parent === 'string' ? parents.get(item.parent) : undefined;
      if (!parent || parent === item) {
        problems.push(
          problem(
            at(where, 'parent'),
            'unknownParent',
            `上级项目 ${JSON.stringify(item.parent)} 不存在`,
            `Parent item ${JSON.stringify(item.parent)} does not exist`,
          ),
        );
      } else if (parent.parent !== undefined) {
        problems.push(
          problem(
            at(where, 'parent'),
            'nestedParent',
            '上级项目本身不能再有上级',
            'A parent item cannot have a parent itself',
          ),
        );
      }
    }
  });
  return sectionCap;
}

function validateEvaluation(
  value: unknown,
  path: string,
  problems: SchemeProblem[],
): Exact | undefined {
  if (!isObject(value)) {
    problems.push(value === undefined ? missing(path) : notObject(path));
    return undefined;
  }
  problems.push(
    ...checkDecimal(value, 'cap', path, 'positive'),
    ...checkBoolean(value, 'probationaryGradedOnDailyPerformance', path),
  );
  const cap = decimalOrUndefined(value.cap);
  const gradesPath = at(path, 'grades');
  const grades = listAt(value.grades, gradesPath, problems);
  if (Array.isArray(value.grades) && grades.length === 0) {
    problems.push(problem(gradesPath, 'empty', '至少需要一个评议等次', 'Needs at least one grade'));
  }
  const seen = new Set<string>();
  grades.forEach((grade, i) => {
    const where = at(gradesPath, i);
    if (!isObject(grade)) {
      problems.push(notObject(where));
      return;
    }
    problems.push(
      ...checkText(grade, 'code', where),
      ...checkText(grade, 'nameZh', where),
      ...checkText(grade, 'nameEn', where),
      ...checkDecimal(grade, 'points', where, 'nonNegative'),
    );
    if (typeof grade.code === 'string') {
      if (seen.has(grade.code)) problems.push(duplicate(at(where, 'code'), grade.code));
      seen.add(grade.code);
    }
    const points = decimalOrUndefined(grade.points);
    if (points && cap && points.compare(cap) > 0) {
      problems.push(
        problem(
          at(where, 'points'),
          'gradeAboveCap',
          `等次分值 ${formatExact(points)} 高于评议分上限 ${formatExact(cap)}`,
          `The grade's ${formatExact(points)} points are above the evaluation cap of ${formatExact(cap)}`,
        ),
      );
    }
  });
  return cap;
}
