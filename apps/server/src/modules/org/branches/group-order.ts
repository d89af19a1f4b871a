// Party groups are named by their number, in words or digits (第一党小组 … 第十二党小组, 第3党小组):
// compared as text, 第三 came before 第二 and 第十 before 第二. They are listed by that number.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100 };
const NUMBER = /[0-9]+|[零〇一二两三四五六七八九十百]+/;

/** The value of a number in Chinese words below a thousand (十二 = 12, 二十 = 20, 一百零五 = 105). */
function wordsValue(words: string): number {
  let total = 0;
  let digit = 0;
  for (const c of words) {
    const unit = UNITS[c];
    if (unit === undefined) {
      digit = DIGITS[c] ?? 0;
      continue;
    }
    // 十 alone is ten: no digit before it means one.
    total += (digit || 1) * unit;
    digit = 0;
  }
  return total + digit;
}

/** The name's first number and the text before it. */
function numbered(name: string): { before: string; n: number } | null {
  const match = NUMBER.exec(name);
  if (!match) return null;
  const text = match[0];
  const n = /[0-9]/.test(text) ? Number(text) : wordsValue(text);
  return { before: name.slice(0, match.index), n };
}

const collator = new Intl.Collator('zh-CN');

/** Orders groups' names by their number when they read alike up to it (第…), else in pinyin. */
export function compareGroupNames(a: string, b: string): number {
  const x = numbered(a);
  const y = numbered(b);
  if (x && y && x.before === y.before && x.n !== y.n) return x.n - y.n;
  return collator.compare(a, b);
}

/** `groups` in that order (a new array). */
export const inGroupOrder = <T extends { name: string }>(groups: readonly T[]): T[] =>
  [...groups].sort((a, b) => compareGroupNames(a.name, b.name));
