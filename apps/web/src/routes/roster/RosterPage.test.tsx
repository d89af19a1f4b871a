import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer, type FakeAnswer } from '../../test/render-app';

const ALL = ['update', 'recordLeaving', 'delete', 'readAudit'];

function member(id: string, name: string, availableActions: string[], extra = {}) {
  return {
    __typename: 'Member',
    id,
    name,
    status: 'FULL',
    statusLabel: '正式党员',
    position: '科员',
    active: true,
    joinedOn: '2010-07-01',
    fullMemberOn: '2011-07-01',
    gender: null,
    genderLabel: null,
    birthDate: null,
    phone: null,
    branchId: 'b1',
    groupId: 'g1',
    group: { __typename: 'PartyGroup', id: 'g1', name: '第一党小组' },
    branch: { __typename: 'Branch', id: 'b1', name: '办公室党支部' },
    availableActions,
    ...extra,
  };
}

function branch(rosterActions: string[]) {
  return {
    data: {
      branch: {
        __typename: 'Branch',
        id: 'b1',
        name: '办公室党支部',
        rosterActions,
        groups: [
          { __typename: 'PartyGroup', id: 'g1', name: '第一党小组' },
          { __typename: 'PartyGroup', id: 'g2', name: '第二党小组' },
        ],
      },
    },
  };
}

const badInput = (message: string, field: string): FakeAnswer => ({
  data: null,
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field, messageEn: message } }],
});

function dialog() {
  return screen.findByRole('dialog');
}

describe('editing the roster', { timeout: 30_000 }, () => {
  it('lets a secretary correct a member, with the server’s refusal shown at the field', async () => {
    const updates: Record<string, unknown>[] = [];
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      Roster: () => ({ data: { members: [member('m1', '邹华梅', ALL)] } }),
      RosterBranch: () => branch(['create', 'import', 'export']),
      UpdateMember: (op) => {
        const input = op.variables?.['input'] as Record<string, unknown>;
        updates.push(input);
        if (updates.length === 1) return badInput('预备党员不应有转正日期', 'input.fullMemberOn');
        return { data: { updateMember: member('m1', '邹华梅', ALL, input) } };
      },
    });
    renderApp('/roster', server);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '修改' }));
    const form = await dialog();
    expect(within(form).getByLabelText('姓名')).toHaveValue('邹华梅');
    expect(within(form).getByLabelText('入党日期')).toHaveValue('2010-07-01');
    fireEvent.change(within(form).getByLabelText('职务'), { target: { value: '组织委员' } });
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    // The server's message lands under the field it names.
    expect(await within(form).findByText('预备党员不应有转正日期')).toBeInTheDocument();
    expect(within(form).getByLabelText('转正日期')).toHaveAttribute('aria-invalid', 'true');
    expect(updates[0]).toMatchObject({ id: 'm1', position: '组织委员', groupId: 'g1' });

    fireEvent.change(within(form).getByLabelText('转正日期'), { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(updates).toHaveLength(2));
    expect(updates[1]).toMatchObject({ fullMemberOn: null, position: '组织委员' });
    expect(await screen.findByText('已保存“邹华梅”')).toBeInTheDocument();
  });

  it('records 转正 only where the server offers it, with the refusal shown at the date', async () => {
    const sent: Record<string, unknown>[] = [];
    const probationary = {
      status: 'PROBATIONARY',
      statusLabel: '预备党员',
      joinedOn: '2025-11-20',
      fullMemberOn: null,
    };
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      Roster: () => ({
        data: {
          members: [
            member('m1', '邹华梅', [...ALL, 'recordFullMembership'], probationary),
            member('m2', '王正式', ALL),
          ],
        },
      }),
      RosterBranch: () => branch(['create', 'import', 'export']),
      RecordFullMembership: (op) => {
        const input = op.variables?.['input'] as Record<string, unknown>;
        sent.push(input);
        if (sent.length === 1)
          return badInput('转正日期不能早于入党日期（2025-11-20）', 'input.date');
        return {
          data: {
            recordFullMembership: member('m1', '邹华梅', ALL, { fullMemberOn: input['date'] }),
          },
        };
      },
    });
    renderApp('/roster', server);
    const user = userEvent.setup();
    // Only the probationary member's row offers it.
    expect(await screen.findAllByRole('button', { name: '转正' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '转正' }));
    const form = await dialog();
    expect(form).toHaveTextContent('入党日期 2025-11-20');
    expect(within(form).getByLabelText('转正日期')).toHaveValue('2026-11-16');
    fireEvent.change(within(form).getByLabelText('转正日期'), { target: { value: '2025-01-01' } });
    await user.click(within(form).getByRole('button', { name: /转\s*正/ }));
    expect(
      await within(form).findByText('转正日期不能早于入党日期（2025-11-20）'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('转正日期')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(within(form).getByLabelText('转正日期'), { target: { value: '2026-11-02' } });
    await user.click(within(form).getByRole('button', { name: /转\s*正/ }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ memberId: 'm1', date: '2026-11-02' });
    expect(await screen.findByText('“邹华梅”已转为正式党员')).toBeInTheDocument();
  });

  it('adds a member to the active branch from the month given', async () => {
    const creates: Record<string, unknown>[] = [];
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      Roster: () => ({ data: { members: [] } }),
      RosterBranch: () => branch(['create', 'import', 'export']),
      CreateMember: (op) => {
        const input = op.variables?.['input'] as Record<string, unknown>;
        creates.push(input);
        if (creates.length === 1) return badInput('月份格式应为 YYYY-MM', 'input.fromMonth');
        return { data: { createMember: member('m9', '欧阳明', ALL) } };
      },
    });
    renderApp('/roster', server);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /新增党员/ }));
    const form = await dialog();
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: '欧阳明' } });
    fireEvent.change(within(form).getByLabelText('入党日期'), { target: { value: '2025-11-20' } });
    fireEvent.change(within(form).getByLabelText('出生日期'), { target: { value: '1998-05-04' } });
    fireEvent.change(within(form).getByLabelText('联系电话'), { target: { value: '13812345678' } });
    fireEvent.change(within(form).getByLabelText('在本支部的起始月份'), {
      target: { value: '2026-3' },
    });
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    expect(await within(form).findByText('月份格式应为 YYYY-MM')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('在本支部的起始月份'), {
      target: { value: '2026-03' },
    });
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(creates).toHaveLength(2));
    expect(creates[1]).toEqual({
      branchId: 'b1',
      name: '欧阳明',
      status: 'FULL',
      joinedOn: '2025-11-20',
      fullMemberOn: null,
      position: null,
      gender: null,
      birthDate: '1998-05-04',
      phone: '13812345678',
      groupId: null,
      fromMonth: '2026-03',
    });
  });

  it('offers only what the server allows: a branch committee member may export, not edit', async () => {
    const server = loggedIn(viewer([{ role: 'BRANCH_COMMITTEE', branchId: 'b1' }]), {
      Roster: () => ({ data: { members: [member('m1', '邹华梅', [])] } }),
      RosterBranch: () => branch(['export']),
    });
    renderApp('/roster', server);
    expect(await screen.findByTestId('roster-export')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '邹华梅' })).toHaveAttribute(
      'href',
      '/members/m1',
    );
    expect(screen.queryByRole('button', { name: /新增党员/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /导入/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '修改' })).toBeNull();
    expect(screen.queryByText('操作')).toBeNull();
  });
});

describe('moving a member', { timeout: 30_000 }, () => {
  it('lets the committee transfer a member from a month, the refused month shown at its field', async () => {
    const transfers: Record<string, unknown>[] = [];
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
      Roster: () => ({ data: { members: [member('m1', '邹华梅', [...ALL, 'transfer'])] } }),
      RosterBranch: () => branch(['create', 'import', 'export']),
      TransferTargets: () => ({
        data: {
          branches: [
            { ...branch([]).data.branch, rosterActions: undefined },
            {
              __typename: 'Branch',
              id: 'b2',
              name: '财务处党支部',
              groups: [{ __typename: 'PartyGroup', id: 'g9', name: '财务一组' }],
            },
          ],
        },
      }),
      TransferMember: (op) => {
        const input = op.variables?.['input'] as Record<string, unknown>;
        transfers.push(input);
        if (transfers.length === 1)
          return badInput('转入月份须晚于在原支部的起始月份（2026-01）', 'input.month');
        const moved = {
          branchId: 'b2',
          branch: { __typename: 'Branch', id: 'b2', name: '财务处党支部' },
        };
        return { data: { transferMember: member('m1', '邹华梅', [], moved) } };
      },
    });
    renderApp('/roster', server);
    const user = userEvent.setup();
    // (The first screen of a run waits on its lazy chunk.)
    await user.click(await screen.findByRole('button', { name: '转接' }, { timeout: 15_000 }));
    const form = await dialog();
    // The member's own branch is not offered as the new one.
    await user.click(within(form).getByLabelText('转入支部'));
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent),
      ).toEqual(['财务处党支部']),
    );
    await user.click(document.querySelector('.ant-select-item-option')!);
    fireEvent.change(within(form).getByLabelText('在转入支部的第一个月'), {
      target: { value: '2026-01' },
    });
    await user.click(within(form).getByRole('button', { name: /转\s*接/ }));
    expect(
      await within(form).findByText('转入月份须晚于在原支部的起始月份（2026-01）'),
    ).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('在转入支部的第一个月'), {
      target: { value: '2026-07' },
    });
    await user.click(within(form).getByRole('button', { name: /转\s*接/ }));
    await waitFor(() => expect(transfers).toHaveLength(2));
    expect(transfers[1]).toEqual({
      memberId: 'm1',
      toBranchId: 'b2',
      month: '2026-07',
      toGroupId: null,
    });
    expect(await screen.findByText('“邹华梅”已转入财务处党支部')).toBeInTheDocument();
  });
});

describe('importing a roster', { timeout: 30_000 }, () => {
  const preview = (valid: boolean) => ({
    __typename: 'RosterImportResult',
    valid,
    fromMonth: '2026-11',
    created: 1,
    updated: 1,
    unchanged: 0,
    rows: [
      {
        __typename: 'RosterImportRow',
        row: 2,
        action: 'CREATE',
        actionLabel: '新增（服务端）',
        memberId: null,
        name: '欧阳明',
        branchName: '办公室党支部',
        changes: [],
      },
      {
        __typename: 'RosterImportRow',
        row: 3,
        action: 'UPDATE',
        actionLabel: '修改（服务端）',
        memberId: 'm1',
        name: '邹华梅',
        branchName: '办公室党支部',
        changes: [
          { __typename: 'RosterFieldChange', column: '职务', before: '科员', after: '组织委员' },
        ],
      },
    ],
    errors: valid
      ? []
      : [
          {
            __typename: 'RosterRowError',
            row: 2,
            column: '入党日期',
            message: '入党日期无法识别：2021-13-01',
            messageEn: 'Unreadable date',
          },
        ],
    groupsToCreate: [],
  });

  it('shows each row’s errors, refuses to import them, and imports a corrected sheet', async () => {
    let checks = 0;
    const imports: Record<string, unknown>[] = [];
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      Roster: () => ({ data: { members: [member('m1', '邹华梅', ALL)] } }),
      RosterBranch: () => branch(['create', 'import', 'export']),
      RosterImportPreview: () => ({ data: { rosterImportPreview: preview(++checks > 1) } }),
      ImportRoster: (op) => {
        imports.push(op.variables?.['input'] as Record<string, unknown>);
        return { data: { importRoster: preview(true) } };
      },
    });
    renderApp('/roster', server);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /导入 Excel/ }));
    const box = await dialog();
    const file = within(box).getByTestId('roster-import-file');
    const xlsx = (name: string) => new File(['PK'], name);
    await user.upload(file, xlsx('名册.xlsx'));
    const errors = await within(box).findByTestId('roster-import-errors');
    expect(errors).toHaveTextContent('入党日期无法识别：2021-13-01');
    expect(within(box).getByText('有 1 处错误，改正后重新上传')).toBeInTheDocument();
    const apply = within(box).getByRole('button', { name: /导\s*入/ });
    expect(apply).toBeDisabled();

    await user.upload(file, xlsx('名册-改.xlsx'));
    expect(await within(box).findByText('新增 1 人，修改 1 人，不变 0 人')).toBeInTheDocument();
    // Each row's action in the server's words.
    expect(within(box).getByText('新增（服务端）')).toBeInTheDocument();
    expect(within(box).getByText('修改（服务端）')).toBeInTheDocument();
    expect(within(box).getByTestId('roster-import-rows')).toHaveTextContent(
      '职务：科员 → 组织委员',
    );
    await waitFor(() => expect(apply).toBeEnabled());
    await user.click(apply);
    await waitFor(() => expect(imports).toHaveLength(1));
    expect(imports[0]).toMatchObject({ branchId: 'b1', fromMonth: '2026-11' });
    expect(imports[0]!['fileBase64']).toBe(btoa('PK'));
    expect(await screen.findByText('已导入：新增 1 人，修改 1 人')).toBeInTheDocument();
  });
});
