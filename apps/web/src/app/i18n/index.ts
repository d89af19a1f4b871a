export { LocaleProvider, format, translator, useLocale, useT, readStoredLocale } from './i18n';
export type { Locale, Translate } from './i18n';
export type { MessageKey } from './zh-CN/zh-CN';
