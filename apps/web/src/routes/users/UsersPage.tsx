import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n';
import { roleLabelKey, sortRoles } from '../../app/roles';
import {
  ResetUserPasswordDocument,
  UpdateUserDocument,
  UsersDocument,
  type UserRowFragment,
} from '../../graphql/graphql';
import { CreateUserDialog } from './CreateUserDialog';
import { OneTimePasswordDialog } from './OneTimePasswordDialog';
import { RolesDrawer } from './RolesDrawer';
import { NO_FILTER, matchesUser, statesOf, type UserFilter, type UserState } from './user-filter';
import { UserFilters } from './UserFilters';

const STATE_COLOURS: Record<UserState, string> = {
  enabled: 'green',
  disabled: 'default',
  pendingChange: 'orange',
  locked: 'red',
};

/** 账号与角色: the committee sees and manages every account; a secretary their branch's. */
export default function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(UsersDocument);
  const [filter, setFilter] = useState<UserFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const [rolesOf, setRolesOf] = useState<string | null>(null);
  const [reset, setReset] = useState<{
    displayName: string;
    loginName: string;
    password: string;
  } | null>(null);
  const [update] = useMutation(UpdateUserDocument);
  const [resetPassword] = useMutation(ResetUserPasswordDocument);
  const users = useMemo(
    () => (data?.users ?? []).filter((u) => matchesUser(u, filter)),
    [data, filter],
  );
  const choose = (change: Partial<UserFilter>) => setFilter({ ...filter, ...change });
  const rolesUser = data?.users.find((u) => u.id === rolesOf) ?? null;

  const setDisabled = async (user: UserRowFragment, disabled: boolean) => {
    await update({ variables: { input: { id: user.id, disabled } } });
    void message.success(t(disabled ? 'users.disabledDone' : 'users.enabledDone'));
  };
  const doReset = async (user: UserRowFragment) => {
    const { data: result } = await resetPassword({ variables: { input: { id: user.id } } });
    if (result)
      setReset({
        displayName: user.displayName,
        loginName: user.loginName,
        password: result.resetUserPassword.oneTimePassword,
      });
  };

  const columns: TableProps<UserRowFragment>['columns'] = [
    { title: t('users.loginName'), dataIndex: 'loginName', key: 'loginName', width: 120 },
    {
      title: t('users.displayName'),
      key: 'displayName',
      width: 200,
      // The member the account belongs to under its name: a column of its own left the roles too
      // little room on a 1,280 px screen.
      render: (_, u) => (
        <>
          <div>{u.displayName}</div>
          {u.member && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, wordBreak: 'keep-all' }}
              data-testid="user-member"
            >
              {t('app.labelled', {
                label: t('users.member'),
                text: `${u.member.name}${t('app.aside', { text: u.member.branch.name })}`,
              })}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, u) => (
        <Space size={[4, 4]} wrap>
          {sortRoles(u.roles).map((g) => (
            <Tag key={g.id}>
              {t(roleLabelKey(g.role))}
              {g.branch ? ` · ${g.branch.name}` : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.state'),
      key: 'state',
      width: 130,
      render: (_, u) => (
        <Space size={[4, 4]} wrap>
          {statesOf(u).map((state) => (
            <Tag key={state} color={STATE_COLOURS[state]}>
              {t(`users.${state}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.actions'),
      key: 'actions',
      width: 250,
      // Kept in view when a narrow screen scrolls the table.
      fixed: 'end',
      render: (_, u) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => setRolesOf(u.id)}>
            {t('users.manageRoles')}
          </Button>
          {u.availableActions.includes('resetPassword') && (
            <Popconfirm
              title={t('users.resetConfirm', { name: u.displayName })}
              okText={t('users.reset')}
              cancelText={t('common.cancel')}
              onConfirm={() => doReset(u)}
            >
              <Button size="small">{t('users.reset')}</Button>
            </Popconfirm>
          )}
          {u.availableActions.includes('disable') && (
            <Popconfirm
              title={t('users.disableConfirm', { name: u.displayName })}
              okText={t('users.disable')}
              cancelText={t('common.cancel')}
              onConfirm={() => setDisabled(u, true)}
            >
              <Button size="small" danger>
                {t('users.disable')}
              </Button>
            </Popconfirm>
          )}
          {u.availableActions.includes('enable') && (
            <Button size="small" onClick={() => setDisabled(u, false)}>
              {t('users.enable')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('users.title')}
      extra={
        data?.accountActions.includes('create') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        )
      }
    >
      <UserFilters
        users={data?.users ?? []}
        shown={users.length}
        filter={filter}
        onChange={choose}
      />
      <Table<UserRowFragment>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={users}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 940 }}
      />
      <CreateUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          void message.success(t('users.created'));
          setRolesOf(id);
        }}
      />
      <RolesDrawer user={rolesUser} onClose={() => setRolesOf(null)} />
      <OneTimePasswordDialog reset={reset} onClose={() => setReset(null)} />
    </Card>
  );
}
