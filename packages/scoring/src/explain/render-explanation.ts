import { parseExact } from '../exact/exact-text.js';
import { roundToText } from '../exact/rounding.js';
import { pick, type Locale } from '../i18n/locale.js';
import { findRuleKind } from '../rules/registry.js';
import { engineSteps } from './engine-steps.js';
import { renderExpr } from './expr.js';
import type { ExplanationLine } from './line-types.js';

/**
 * Renders an explanation line for people, e.g.
 * `登录学习强国 2021-09：应达 30 天，实达 28 天 → 10 − 2 × 0.5 = 9；折算 9 × 30/45 ÷ 4 = 1.5` or
 * `Study app login 2021-09: 28 of 30 days → 10 − 2 × 0.5 = 9; scaled 9 × 30/45 ÷ 4 = 1.5`.
 */
export function renderExplanation(line: ExplanationLine, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const head = `${pick(line.label, locale)}${line.month ? ` ${line.month}` : ''}${zh ? '：' : ': '}`;
  const describe = findRuleKind(line.kind)?.describe ?? engineSteps[line.kind];
  const what = describe ? describe(line.inputs, locale) : line.kind;
  const formula = renderExpr(line.formula);
  const raw = number(line.raw);
  // A line whose formula is its value alone (a projection's mean, 3404/55) shows it once.
  const same = formula === raw || formula === line.raw.replace(/^-/, '−');
  let text = `${head}${what} → ${same ? raw : `${formula} = ${raw}`}`;
  const scale = line.scale;
  if (scale && line.points !== line.raw) {
    const ratio =
      scale.weight !== undefined && scale.attainable !== undefined
        ? ` × ${scale.weight}/${scale.attainable}`
        : '';
    const months = scale.months !== 1 ? ` ÷ ${scale.months}` : '';
    text += zh
      ? `；折算 ${raw}${ratio}${months} = ${number(line.points)}`
      : `; scaled ${raw}${ratio}${months} = ${number(line.points)}`;
  }
  return text;
}

/** Renders every line of a result, one per entry. */
export function renderExplanations(lines: readonly ExplanationLine[], locale: Locale): string[] {
  return lines.map((line) => renderExplanation(line, locale));
}

/** Exact text for display: a minus sign, and an approximate decimal beside a fraction. */
function number(text: string): string {
  const shown = text.startsWith('-') ? `−${text.slice(1)}` : text;
  if (!text.includes('/')) return shown;
  const approximate = roundToText(parseExact(text), { decimals: 2, mode: 'half-up' });
  return `${shown} (≈ ${approximate.replace('-', '−')})`;
}
