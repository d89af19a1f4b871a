import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { today } from '../../app/calendar/today';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import {
  RosterDocument,
  TransferMemberDocument,
  TransferTargetsDocument,
  type RosterMemberFragment,
} from '../../graphql/graphql';

type Values = { toBranchId: string; month: string; toGroupId?: string };
const FIELDS = ['toBranchId', 'month', 'toGroupId'] as const;

/** 组织关系转接: to another branch of the bureau from a month (the committee's, by the server). */
export function TransferDialog({
  member,
  onClose,
}: {
  member: RosterMemberFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const targets = useQuery(TransferTargetsDocument, { skip: !member });
  const [transfer, { loading }] = useMutation(TransferMemberDocument, {
    ...FORM_ERRORS,
    refetchQueries: [RosterDocument],
  });
  const toBranchId = Form.useWatch('toBranchId', form);
  const { clear } = errors;

  useEffect(() => {
    if (!member) return;
    clear();
    form.resetFields();
    form.setFieldsValue({ month: today().format('YYYY-MM') });
  }, [member, form, clear]);

  const branches = (targets.data?.branches ?? []).filter((b) => b.id !== member?.branchId);
  const groups = branches.find((b) => b.id === toBranchId)?.groups ?? [];

  const submit = async (values: Values) => {
    if (!member) return;
    errors.clear();
    try {
      const { data } = await transfer({
        variables: {
          input: { memberId: member.id, ...values, toGroupId: values.toGroupId ?? null },
        },
      });
      const branch = data?.transferMember.branch.name ?? '';
      message.success(t('roster.transferred', { name: member.name, branch }));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open={!!member}
      title={member ? t('roster.transferTitle', { name: member.name }) : ''}
      okText={t('roster.transfer')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('roster.transferHint')}</Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          errors.clear();
          if ('toBranchId' in changed) form.setFieldValue('toGroupId', undefined);
        }}
      >
        <Form.Item
          name="toBranchId"
          label={t('roster.field.toBranch')}
          rules={[
            {
              required: true,
              message: t('roster.required', { field: t('roster.field.toBranch') }),
            },
          ]}
        >
          <Select
            loading={targets.loading}
            options={branches.map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item
          name="month"
          label={t('roster.field.month')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('roster.required', { field: t('roster.field.month') }),
            },
          ]}
        >
          <Input placeholder={t('roster.monthPlaceholder')} />
        </Form.Item>
        <Form.Item name="toGroupId" label={t('roster.field.toGroup')}>
          <Select
            allowClear
            placeholder={t('roster.noGroup')}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
