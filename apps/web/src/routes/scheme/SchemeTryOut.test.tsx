import { scheme2021, type Scheme } from '@jifen/scoring';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/providers';
// Hand-computed member-years of the scoring package's own tests (100 and 70 under 2021).
import {
  missesMember,
  perfectMember,
} from '../../../../../packages/scoring/src/test-fixtures/members';
import { SchemePreview, SchemeWhatIf, scoreWithDraft } from './SchemeTryOut';
import { setAtPath } from './scheme-draft';

/** 政治学习 35 / 组织生活 25 and an incentive from 72: the scoring package's own what-if draft. */
function draft(): Scheme {
  let d = setAtPath(scheme2021, 'sections.base.categories[0].weight', '35');
  d = setAtPath(d, 'sections.base.categories[1].weight', '25');
  d = setAtPath(d, 'outcomes.incentive', { atLeast: '72' });
  return setAtPath(d, 'outcomes.yellowWarning', { atLeast: '60', below: '72' });
}

describe('trying a draft out in the browser', () => {
  it('scores a member with the draft, as the package does', () => {
    const scored = scoreWithDraft(missesMember(), scheme2021);
    expect('result' in scored && scored.result.total.value).toBe('70.00');
    const withDraft = scoreWithDraft(missesMember(), draft());
    expect('result' in withDraft && withDraft.result.total.value).toBe('69.96');
  });

  it('shows the draft total and the explanation lines of a sample member', () => {
    render(
      <AppProviders>
        <SchemePreview draft={draft()} valid facts={missesMember()} serverTotal="70.00" />
      </AppProviders>,
    );
    const preview = screen.getByTestId('scheme-preview');
    expect(preview).toHaveTextContent('按草稿试算总分69.96');
    expect(within(preview).getByText('黄色预警')).toBeInTheDocument();
    expect(within(preview).getAllByText(/登录学习强国 2021-09/).length).toBeGreaterThan(0);
  });

  it('lists the members whose total or outcome the draft changes', () => {
    render(
      <AppProviders>
        <SchemeWhatIf
          draft={draft()}
          valid
          baseline={scheme2021}
          factsList={[perfectMember(), missesMember()]}
          nameOf={(id) => ({ perfect: '全勤', misses: '缺勤' })[id] ?? id}
        />
      </AppProviders>,
    );
    const table = screen.getByTestId('scheme-what-if');
    expect(within(table).getByText('缺勤')).toBeInTheDocument();
    expect(within(table).queryByText('全勤')).not.toBeInTheDocument();
    expect(within(table).getByText('-0.04')).toBeInTheDocument();
  });
});
