import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { today } from '../../app/calendar/today';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import {
  CreateMemberDocument,
  MemberGendersDocument,
  MemberStatusesDocument,
  RosterDocument,
  UpdateMemberDocument,
  type MemberGender,
  type MemberStatus,
  type RosterMemberFragment,
} from '../../graphql/graphql';

type Values = {
  name: string;
  status: MemberStatus;
  joinedOn?: string;
  fullMemberOn?: string;
  position?: string;
  gender?: MemberGender;
  birthDate?: string;
  phone?: string;
  groupId?: string;
  fromMonth?: string;
};
const FIELDS = [
  'name',
  'status',
  'joinedOn',
  'fullMemberOn',
  'position',
  'gender',
  'birthDate',
  'phone',
  'groupId',
  'fromMonth',
] as const;

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * 新增党员 / 修改党员信息: one form for both. The server checks every rule (dates, a probationary
 * member without a full-membership date, the group's branch) and its errors land at the field.
 */
export function MemberFormDialog({
  open,
  branchId,
  groups,
  member,
  onClose,
}: {
  open: boolean;
  branchId: string;
  groups: readonly { id: string; name: string }[];
  /** The member being corrected; none to add one. */
  member: RosterMemberFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  // The choices in the server's words.
  const statuses = useQuery(MemberStatusesDocument).data?.memberStatuses ?? [];
  const genders = useQuery(MemberGendersDocument).data?.memberGenders ?? [];
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const options = { ...FORM_ERRORS, refetchQueries: [RosterDocument] };
  const [create, creating] = useMutation(CreateMemberDocument, options);
  const [update, updating] = useMutation(UpdateMemberDocument, options);
  const { clear } = errors;

  useEffect(() => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue(
      member
        ? {
            name: member.name,
            status: member.status,
            joinedOn: member.joinedOn ?? '',
            fullMemberOn: member.fullMemberOn ?? '',
            position: member.position ?? '',
            gender: member.gender ?? undefined,
            birthDate: member.birthDate ?? '',
            phone: member.phone ?? '',
            groupId: member.groupId ?? undefined,
          }
        : { status: 'FULL', fromMonth: today().format('YYYY-MM') },
    );
  }, [open, member, form, clear]);

  const submit = async (values: Values) => {
    errors.clear();
    const fields = {
      name: values.name,
      status: values.status,
      joinedOn: orNull(values.joinedOn),
      fullMemberOn: orNull(values.fullMemberOn),
      position: orNull(values.position),
      gender: values.gender ?? null,
      birthDate: orNull(values.birthDate),
      // Whoever may edit a member is sent the phone (member.resolver), so this never blanks it unseen.
      phone: orNull(values.phone),
      groupId: values.groupId ?? null,
    };
    try {
      if (member) await update({ variables: { input: { id: member.id, ...fields } } });
      else
        await create({
          variables: {
            input: {
              ...fields,
              branchId,
              joinedOn: fields.joinedOn ?? '',
              fromMonth: values.fromMonth ?? '',
            },
          },
        });
      message.success(t('roster.saved', { name: values.name.trim() }));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };

  const required = (key: Parameters<typeof t>[0]) => [
    { required: true, whitespace: true, message: t('roster.required', { field: t(key) }) },
  ];

  return (
    <Modal
      open={open}
      title={member ? t('roster.editTitle', { name: member.name }) : t('roster.add')}
      okText={t('roster.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <FormErrorBanner message={errors.banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={errors.clear}
      >
        <Form.Item name="name" label={t('roster.field.name')} rules={required('roster.field.name')}>
          <Input />
        </Form.Item>
        <Form.Item name="status" label={t('roster.field.status')}>
          <Select options={statuses.map((s) => ({ value: s.status, label: s.label }))} />
        </Form.Item>
        <Form.Item
          name="joinedOn"
          label={t('roster.field.joinedOn')}
          rules={member ? [] : required('roster.field.joinedOn')}
        >
          <Input placeholder={t('roster.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="fullMemberOn" label={t('roster.field.fullMemberOn')}>
          <Input placeholder={t('roster.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="position" label={t('roster.field.position')}>
          <Input />
        </Form.Item>
        <Form.Item name="gender" label={t('roster.field.gender')}>
          <Select allowClear options={genders.map((g) => ({ value: g.gender, label: g.label }))} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('roster.field.birthDate')}>
          <Input placeholder={t('roster.birthDatePlaceholder')} />
        </Form.Item>
        <Form.Item name="phone" label={t('roster.field.phone')}>
          <Input placeholder={t('roster.phonePlaceholder')} inputMode="tel" />
        </Form.Item>
        <Form.Item name="groupId" label={t('roster.field.group')}>
          <Select
            allowClear
            placeholder={t('roster.noGroup')}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
        {!member && (
          <Form.Item
            name="fromMonth"
            label={t('roster.field.fromMonth')}
            rules={required('roster.field.fromMonth')}
          >
            <Input placeholder={t('roster.monthPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
