import type { Request } from 'express';

/** The languages a response's labels come in: zh-CN, the product's first, and English. */
export type Locale = 'zh-CN' | 'en';
export type Label = { zh: string; en: string };

/** English when the client asks for it first (Accept-Language); zh-CN otherwise and by default. */
export function requestLocale(req: Request): Locale {
  return req.acceptsLanguages('zh-CN', 'zh', 'en') === 'en' ? 'en' : 'zh-CN';
}

/**
 * A label in the request's language. English labels are written to sit inside sentences (error
 * messages say "is under review"), so on their own they start with a capital.
 */
export function say(label: Label, locale: Locale): string {
  if (locale === 'zh-CN') return label.zh;
  return label.en.charAt(0).toUpperCase() + label.en.slice(1);
}

/** An English count with its noun in the number it takes ("1 quarter", "2 quarters"). */
export const counted = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;
