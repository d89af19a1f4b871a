/** The languages results and problems are rendered in. */
export type Locale = 'zh-CN' | 'en';

/** A text in both languages. */
export type LocalizedText = { zh: string; en: string };

/** Picks the text of a locale. */
export function pick(text: LocalizedText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
