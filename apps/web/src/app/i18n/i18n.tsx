import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import { IntlMessageFormat } from 'intl-messageformat';
import 'dayjs/locale/zh-cn';
import { en } from './en/en';
import { zhCN, type MessageKey } from './zh-CN/zh-CN';

export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'jifen.locale';

const plurals = new Map<string, IntlMessageFormat>();

/**
 * Fills `{name}` placeholders. A message that counts (`{count, plural, one {…} other {…}}`, ICU
 * syntax) is formatted by FormatJS in the catalogue's language, so English says "1 member".
 */
export function format(
  template: string,
  values?: Record<string, string | number>,
  locale: Locale = 'zh-CN',
): string {
  if (!values) return template;
  if (template.includes(', plural,')) {
    const key = `${locale}\u0000${template}`;
    let message = plurals.get(key);
    if (!message) plurals.set(key, (message = new IntlMessageFormat(template, locale)));
    return String(message.format(values));
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translator for one locale, usable outside React (the Apollo error link uses it). */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, values) => format(catalogue[key], values, locale);
}

export function readStoredLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

type LocaleState = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate };

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const start = initial ?? readStoredLocale();
    applyLocale(start);
    return start;
  });
  const setLocale = useCallback((next: Locale) => {
    applyLocale(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage: the choice then lasts for this page only.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside <LocaleProvider>');
  return state;
}

/** The translate function of the current locale. */
export function useT(): Translate {
  return useLocale().t;
}
