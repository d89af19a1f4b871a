import { act, render, screen } from '@testing-library/react';
import { Empty } from 'antd';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../providers';
import { en } from './en/en';
import { IntlMessageFormat } from 'intl-messageformat';
import { format, translator, useLocale } from './i18n';
import { zhCN } from './zh-CN/zh-CN';

function Probe() {
  const { t, locale, setLocale } = useLocale();
  return (
    <div>
      <span data-testid="text">{t('home.greeting', { name: '李四' })}</span>
      <span data-testid="role">{t('role.SCOREKEEPER')}</span>
      {/* antd's own texts follow the ConfigProvider locale. */}
      <Empty />
      <button onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>switch</button>
    </div>
  );
}

describe('i18n', () => {
  it('has an English text for every Chinese key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const value of Object.values(en)) expect(value.trim()).not.toBe('');
  });

  it('fills in {values} and leaves unknown ones as they are', () => {
    expect(format('共 {count} 人', { count: 3 })).toBe('共 3 人');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(translator('en')('roster.total', { count: 2 })).toBe('2 members');
  });

  it('counts in English: one member, two members', () => {
    const say = translator('en');
    expect(say('roster.total', { count: 1 })).toBe('1 member');
    expect(say('annual.ungraded', { count: 1 })).toMatch(/^1 member has no grade yet/);
    expect(say('annual.ungraded', { count: 3 })).toMatch(/^3 members have no grade yet/);
    expect(say('spot.sample', { sample: 1, population: 40 })).toBe('1 item of 40 records');
    expect(translator('zh-CN')('roster.total', { count: 1 })).toBe('共 1 人');
    // Every counting message is well formed, so none fails on the screen that shows it.
    const counting = Object.values(en).filter((value) => value.includes(', plural,'));
    expect(counting.length).toBeGreaterThan(20);
    for (const value of counting) expect(() => new IntlMessageFormat(value, 'en')).not.toThrow();
  });

  it('starts in Chinese and switches to English (its own texts and antd`s), remembering it', async () => {
    render(
      <AppProviders>
        <Probe />
      </AppProviders>,
    );
    expect(screen.getByTestId('text')).toHaveTextContent('李四，您好');
    expect(screen.getByTestId('role')).toHaveTextContent('记分员');
    expect(document.querySelector('.ant-empty-description')).toHaveTextContent('暂无数据');
    expect(document.documentElement.lang).toBe('zh-CN');

    await act(async () => screen.getByText('switch').click());
    expect(screen.getByTestId('text')).toHaveTextContent('Hello, 李四');
    expect(screen.getByTestId('role')).toHaveTextContent('Scorekeeper');
    expect(document.querySelector('.ant-empty-description')).toHaveTextContent('No data');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('jifen.locale')).toBe('en');
  });
});
