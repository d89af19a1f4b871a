import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Drawer, Empty, Form, Popconfirm, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { PlainList } from '../../components/PlainList';
import { roleLabelKey, sortRoles, type Role } from '../../app/roles';
import {
  BranchesDocument,
  GrantableRolesDocument,
  GrantRoleDocument,
  RevokeRoleDocument,
  UsersDocument,
  type UserRowFragment,
} from '../../graphql/graphql';

const BUREAU = '__bureau__';

/** Whether the server lets the viewer grant (and so revoke) `role` in `branchId`. */
function useGrantable(branchId: string | null) {
  const { data } = useQuery(GrantableRolesDocument, { variables: { branchId } });
  return data?.grantableRoles ?? [];
}

/** Revoking a grant, offered only when the server lets the viewer grant that role there. */
function RevokeRole({ grant }: { grant: UserRowFragment['roles'][number] }) {
  const t = useT();
  const grantable = useGrantable(grant.branchId ?? null);
  const [revoke, { loading }] = useMutation(RevokeRoleDocument, {
    refetchQueries: [UsersDocument],
  });
  if (!grantable.includes(grant.role)) return null;
  return (
    <Popconfirm
      title={t('users.revokeConfirm')}
      okText={t('users.revoke')}
      cancelText={t('common.cancel')}
      onConfirm={() => revoke({ variables: { id: grant.id } })}
    >
      <Button size="small" danger loading={loading}>
        {t('users.revoke')}
      </Button>
    </Popconfirm>
  );
}

type GrantValues = { role: Role };

/** 角色: the account's roles per branch; grant and revoke only what the server says the viewer may. */
export function RolesDrawer({
  user,
  onClose,
}: {
  user: UserRowFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<GrantValues>();
  const errors = useFormErrors(form, {
    fields: ['role'],
    fieldMap: { 'input.role': 'role', 'input.userId': 'role' },
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const bureauGrantable = useGrantable(null);
  const branches = useQuery(BranchesDocument);
  const places = [
    ...(bureauGrantable.length ? [{ value: BUREAU, label: t('users.bureauWide') }] : []),
    ...(branches.data?.branches ?? []).map((b) => ({ value: b.id, label: b.name })),
  ];
  const where = chosen ?? places[0]?.value ?? BUREAU;
  const branchId = where === BUREAU ? null : where;
  const grantable = useGrantable(branchId);
  const [grant, { loading }] = useMutation(GrantRoleDocument, {
    ...FORM_ERRORS,
    refetchQueries: [UsersDocument],
  });
  const submit = async (values: GrantValues) => {
    if (!user) return;
    errors.clear();
    try {
      await grant({ variables: { input: { userId: user.id, role: values.role, branchId } } });
      form.resetFields(['role']);
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      title={user ? t('users.rolesOf', { name: user.displayName }) : ''}
      size={480}
      destroyOnHidden
    >
      {user && (
        <>
          {user.roles.length === 0 ? (
            <Empty description={t('users.noRoles')} />
          ) : (
            <PlainList
              testId="role-grants"
              rows={sortRoles(user.roles).map((g) => ({
                key: g.id,
                content: (
                  <Space>
                    <Tag color="red">{t(roleLabelKey(g.role))}</Tag>
                    <span>{g.branch?.name ?? t('users.bureauWide')}</span>
                  </Space>
                ),
                extra: <RevokeRole grant={g} />,
              }))}
            />
          )}
          <h4 style={{ marginTop: 24 }}>{t('users.grant')}</h4>
          <FormErrorBanner message={errors.banner} />
          <Form<GrantValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={submit}
            onValuesChange={errors.clear}
          >
            <Form.Item label={t('users.grantWhere')}>
              <Select
                aria-label={t('users.grantWhere')}
                value={where}
                onChange={(value: string) => {
                  setChosen(value);
                  form.resetFields(['role']);
                  errors.clear();
                }}
                showSearch={{ optionFilterProp: 'label' }}
                options={places}
              />
            </Form.Item>
            <Form.Item
              name="role"
              label={t('users.grantRole')}
              rules={[{ required: true, message: t('users.grantRoleRequired') }]}
              extra={grantable.length === 0 ? t('users.nothingToGrant') : undefined}
            >
              <Select
                aria-label={t('users.grantRole')}
                options={grantable.map((r) => ({ value: r, label: t(roleLabelKey(r)) }))}
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={loading}
              disabled={grantable.length === 0}
            >
              {t('users.grantOk')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
