import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createApolloClient } from './apollo/client';
import { LocaleProvider, useLocale, type Locale } from './i18n';
import { SessionProvider } from './session/session';

/** 党建 red, the customary colour of Party work systems. */
export const PARTY_RED = '#c8161d';

const CJK_FACES =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC'";
/**
 * Chinese: CJK faces before the Latin ones, so punctuation shared by both (“” ‘’) takes its
 * Chinese width. English: Latin faces first, or a CJK face draws every Latin letter and the
 * apostrophe of "branch’s" as a full-width mark; Chinese names still find a CJK face.
 */
const FONT_FAMILY = {
  'zh-CN': `-apple-system, BlinkMacSystemFont, 'Segoe UI', ${CJK_FACES}, 'Helvetica Neue', Arial, sans-serif`,
  en: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Helvetica Neue', Arial, ${CJK_FACES}, sans-serif`,
} as const;

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;

function ApolloRoot({ children, fetch }: { children: ReactNode; fetch?: typeof window.fetch }) {
  const { message } = AntApp.useApp();
  const { locale, t } = useLocale();
  // The error link lives outside React: it reads the current locale and notifier from `live`,
  // which an effect keeps up to date.
  const [apollo] = useState(() => {
    const live = { locale, t, notify: (text: string) => void message.error(text) };
    const client = createApolloClient(
      { locale: () => live.locale, t: () => live.t, notifyError: (text) => live.notify(text) },
      { fetch },
    );
    return { client, update: (next: typeof live) => Object.assign(live, next) };
  });
  useEffect(() => {
    apollo.update({ locale, t, notify: (text: string) => void message.error(text) });
  }, [apollo, locale, t, message]);
  // The labels the server gave are in the old language: the screens on show ask again.
  const askedIn = useRef(locale);
  useEffect(() => {
    if (locale === askedIn.current) return;
    askedIn.current = locale;
    void apollo.client.refetchQueries({ include: 'active' });
  }, [apollo, locale]);
  return <ApolloProvider client={apollo.client}>{children}</ApolloProvider>;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the person asked their system for less motion; follows the setting while the app is open. */
function usePrefersReducedMotion() {
  const query = () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION) : null;
  const [reduced, setReduced] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const media = query();
    if (!media) return;
    const onChange = () => setReduced(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

function AntdRoot({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  // Dialogs, drawers and menus appear at once for those who asked for less motion (WCAG 2.3.3).
  const motion = !usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={antdLocales[locale]}
      theme={{
        // antd's styles come from its prebuilt stylesheet (imported in main.tsx), written in CSS
        // variables that these tokens set, instead of being generated in the browser for every
        // component on every page load. Same look, pixel for pixel on the screens compared; the
        // browser journeys took 10-15 % less time (4 December).
        zeroRuntime: true,
        algorithm: theme.defaultAlgorithm,
        token: {
          colorPrimary: PARTY_RED,
          colorLink: PARTY_RED,
          borderRadius: 6,
          fontFamily: FONT_FAMILY[locale],
          motion,
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Locale → antd (ConfigProvider, App for messages) → Apollo → session, in that order. */
export function AppProviders({
  children,
  locale,
  fetch,
}: {
  children: ReactNode;
  locale?: Locale;
  /** Tests pass a fake fetch; the app uses the browser's. */
  fetch?: typeof window.fetch;
}) {
  return (
    <LocaleProvider initial={locale}>
      <AntdRoot>
        <ApolloRoot fetch={fetch}>
          <SessionProvider>{children}</SessionProvider>
        </ApolloRoot>
      </AntdRoot>
    </LocaleProvider>
  );
}
