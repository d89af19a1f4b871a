import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const entry = (
  seq: number,
  operation: [string, string, string],
  entity: [string, string, string],
  subject: [string, string] | null,
) => ({
  __typename: 'AuditEntry',
  seq,
  at: '2026-11-16T02:00:00Z',
  operation: operation[0],
  operationLabel: operation[1],
  operationLabelEn: operation[2],
  entityName: entity[0],
  entityLabel: entity[1],
  entityLabelEn: entity[2],
  entityId: `e${seq}`,
  subject: subject?.[0] ?? null,
  subjectEn: subject?.[1] ?? null,
  actorUserId: 'u1',
  actorName: '王记分',
  role: 'SCOREKEEPER',
  branch: { __typename: 'Branch', id: 'b1', name: '办公室党支部' },
  changes: [],
});

const answers = {
  AuditFilters: () => ({
    data: {
      auditCatalogue: {
        __typename: 'AuditCatalogue',
        canVerifyChain: true,
        operations: [],
        entities: [],
      },
      branches: [],
      users: [],
    },
  }),
  AuditEntries: () => ({
    data: {
      auditEntries: {
        __typename: 'AuditPage',
        total: 2,
        entries: [
          entry(
            9,
            ['declaration.accepted', '采纳申报', 'Declaration accepted'],
            ['Declaration', '申报', 'Declaration'],
            ['邹华梅 · 2026年3月', '邹华梅 · 2026-03'],
          ),
          entry(
            8,
            ['tasks.settings.set', '修改待办提醒设置', 'Task settings changed'],
            ['TaskSetting', '待办提醒设置', 'Task setting'],
            null,
          ),
        ],
      },
    },
  }),
};

describe('the audit log', { timeout: 30_000 }, () => {
  it('names which record each entry is about under its kind, in either language', async () => {
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), answers);
    const { unmount } = renderApp('/audit', server);
    const declaration = (await screen.findByText('采纳申报', { selector: 'td' })).closest('tr')!;
    expect(within(declaration).getByText('申报')).toBeInTheDocument();
    expect(within(declaration).getByTestId('audit-subject')).toHaveTextContent(
      '邹华梅 · 2026年3月',
    );
    // A kind with nothing more to name shows its label alone.
    const setting = screen.getByText('待办提醒设置').closest('tr')!;
    expect(within(setting).queryByTestId('audit-subject')).toBeNull();
    unmount();

    renderApp(
      '/audit',
      loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), answers),
      'en',
    );
    const row = (await screen.findByText('Declaration accepted', { selector: 'td' })).closest(
      'tr',
    )!;
    expect(within(row).getByTestId('audit-subject')).toHaveTextContent('邹华梅 · 2026-03');
  });
});
