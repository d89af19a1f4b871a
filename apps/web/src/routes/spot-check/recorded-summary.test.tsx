import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import { RecordedSummary, recordedClauses } from './recorded-summary';
import { blankRecorded } from './spot-check.fixture';

const recorded = { ...blankRecorded, memberName: '张三', itemNameZh: '党费', itemNameEn: 'Dues' };

const duty = {
  kind: 'DUTY_ENTRY' as const,
  recorded: { ...recorded, dutyStatus: 'late', paidOn: '2026-09-05' },
};
const session = {
  kind: 'SESSION' as const,
  recorded: {
    ...recorded,
    date: '2026-04-12',
    topic: '学习贯彻党的二十大精神专题组织生活会',
    attendees: ['张三', '李四'],
  },
};

describe('a sampled record in the spot-check list', () => {
  it('reads as the reader’s words, joined by the locale’s separator', () => {
    const zh = render(<RecordedSummary item={duty} t={translator('zh-CN')} locale="zh-CN" />);
    expect(zh.container.textContent).toBe('延期，缴纳日期 2026-09-05');
    const en = render(<RecordedSummary item={duty} t={translator('en')} locale="en" />);
    expect(en.container.textContent).toBe('Late, paid on 2026-09-05');
  });

  it('keeps a date and a count on one line, and lets a topic wrap', () => {
    const { container } = render(
      <RecordedSummary item={session} t={translator('zh-CN')} locale="zh-CN" />,
    );
    const whole = [...container.querySelectorAll('span')]
      .filter((s) => s.style.whiteSpace === 'nowrap')
      .map((s) => s.textContent);
    expect(whole).toEqual(['2026-04-12', '签到 2 人']);
    expect(container.textContent).toBe(
      '2026-04-12，学习贯彻党的二十大精神专题组织生活会，签到 2 人',
    );
  });

  it('leaves out what the record does not hold', () => {
    const noTopic = { ...session, recorded: { ...session.recorded, topic: null } };
    expect(recordedClauses(noTopic, translator('zh-CN'), 'zh-CN').map((c) => c.text)).toEqual([
      '2026-04-12',
      '签到 2 人',
    ]);
  });
});
