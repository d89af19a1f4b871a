import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';
import { page } from './member-page.fixture';

const audit = {
  data: {
    auditEntries: {
      __typename: 'AuditPage',
      total: 1,
      entries: [
        {
          __typename: 'AuditEntry',
          seq: 7,
          at: '2026-11-16T02:00:00Z',
          operation: 'member.update',
          operationLabel: '修改党员信息',
          operationLabelEn: 'Member corrected',
          entityLabel: '党员',
          entityLabelEn: 'Member',
          subject: '邹华梅',
          subjectEn: '邹华梅',
          actorName: '机关党委',
          changes: [
            {
              __typename: 'AuditFieldChange',
              field: 'status',
              label: '党员类别',
              labelEn: 'Category',
              before: '正式党员',
              beforeEn: 'Full member',
              after: '预备党员',
              afterEn: 'Probationary member',
              changed: true,
            },
            {
              __typename: 'AuditFieldChange',
              field: 'name',
              label: '姓名',
              labelEn: 'Name',
              before: '邹华梅',
              beforeEn: '邹华梅',
              after: '邹华梅',
              afterEn: '邹华梅',
              changed: false,
            },
          ],
        },
      ],
    },
  },
};

describe('a member’s page', { timeout: 30_000 }, () => {
  it('shows the person, their branches by month, the year’s scores with the explanation, and the audit in words', async () => {
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
      MemberPage: () => page(['update', 'readAudit']),
      MemberAudit: (op) => {
        // The entries about the member, and of those that record many members, their own rows
        // (the server picks them).
        expect(op.variables).toEqual({ memberId: 'm1' });
        expect(op.query).toContain('changes(memberId: $memberId)');
        return audit;
      },
      MemberExplanation: (op) => ({
        data: {
          memberScore: {
            __typename: 'MemberScore',
            memberId: 'm1',
            year: op.variables?.['year'],
            quarter: op.variables?.['quarter'],
            total: { __typename: 'ScoreAmount', value: '72.00' },
            lines: [
              {
                __typename: 'ScoreLine',
                section: 'base',
                kind: 'count',
                month: '2026-03',
                labelZh: '登录学习强国',
                labelEn: 'Study app',
                textZh: '登录学习强国 2026-03：应达 31 天，实达 29 天 → 9',
                textEn: 'Study app 2026-03: 29 of 31 days → 9',
                points: '9',
              },
            ],
          },
        },
      }),
    });
    renderApp('/members/m1', server);
    expect(await screen.findByTestId('member-name')).toHaveTextContent('邹华梅');
    expect(screen.getByText('预备党员')).toBeInTheDocument();
    const months = screen.getByTestId('member-memberships');
    expect(months).toHaveTextContent('资产管理处党支部2026-012026-06');
    expect(months).toHaveTextContent('办公室党支部2026-07至今');
    const scores = screen.getByTestId('member-scores');
    expect(scores).toHaveTextContent('71.50');
    expect(within(scores).getAllByText('尚未计算')).toHaveLength(3);

    const user = userEvent.setup();
    await user.click(within(scores).getAllByRole('button', { name: '得分说明' })[1]!);
    expect(await screen.findByTestId('member-explanation')).toHaveTextContent(
      '应达 31 天，实达 29 天',
    );

    const entries = await screen.findByTestId('member-audit');
    expect(await within(entries).findByText('修改党员信息')).toBeInTheDocument();
    expect(within(entries).getByTestId('audit-subject')).toHaveTextContent('邹华梅');
    await user.click(within(entries).getByRole('button', { name: /展开|Expand/ }));
    const change = await screen.findByTestId('audit-change');
    expect(change).toHaveTextContent('党员类别');
    expect(change).toHaveTextContent('正式党员');
    expect(change).not.toHaveTextContent('status');
    // The field the edit left as it was waits behind a click.
    expect(change).not.toHaveTextContent('姓名');
    await user.click(screen.getByRole('button', { name: '显示其余 1 个未变字段' }));
    expect(screen.getByTestId('audit-change')).toHaveTextContent('姓名邹华梅邹华梅');
    await user.click(screen.getByRole('button', { name: '只看变更的字段' }));
    expect(screen.getByTestId('audit-change')).not.toHaveTextContent('姓名');
  });

  it('leaves the audit out when the server does not let the viewer read it', async () => {
    const server = loggedIn(viewer([{ role: 'BRANCH_COMMITTEE', branchId: 'b1' }]), {
      MemberPage: () => page([]),
    });
    renderApp('/members/m1', server);
    expect(await screen.findByTestId('member-name')).toHaveTextContent('邹华梅');
    expect(screen.queryByText('审计记录')).toBeNull();
  });
});
