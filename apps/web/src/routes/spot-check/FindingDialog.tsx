import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, Modal, Select } from 'antd';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import {
  AnswerSpotCheckFollowUpDocument,
  BranchCorrectionsDocument,
  CloseSpotCheckFollowUpDocument,
  RecordSpotCheckFindingDocument,
  type SpotCheckItemFieldsFragment,
} from '../../graphql/graphql';

/** A step that needs words: a discrepancy's note, the branch's answer, the closing note. */
export type WrittenStep = 'flag' | 'answer' | 'close';

type Values = { text?: string; correctionId?: string };
const refetch = { refetchQueries: ['SpotChecks'], awaitRefetchQueries: true };

function CorrectionSelect({ item }: { item: SpotCheckItemFieldsFragment }) {
  const { t } = useLocale();
  const { data } = useQuery(BranchCorrectionsDocument, {
    variables: { year: Number(item.month.slice(0, 4)), branchId: item.branch?.id ?? '' },
    skip: !item.branch,
  });
  const options = (data?.corrections ?? [])
    .filter((c) => c.state !== 'WITHDRAWN')
    .map((c) => ({
      value: c.id,
      label: t('app.labelled', { label: c.months.join(t('app.enumSeparator')), text: c.reason }),
    }));
  return (
    <Form.Item name="correctionId" label={t('spot.correction')}>
      <Select allowClear options={options} />
    </Form.Item>
  );
}

/** The dialog of one written step on an item; closes itself when the server took it. */
export function FindingDialog({
  item,
  step,
  onClose,
}: {
  item: SpotCheckItemFieldsFragment;
  step: WrittenStep;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const field = step === 'answer' ? 'answer' : 'note';
  const errors = useFormErrors(form, {
    fields: ['text', 'correctionId'],
    fieldMap: { [field]: 'text' },
  });
  const [flag, flagging] = useMutation(RecordSpotCheckFindingDocument, {
    ...FORM_ERRORS,
    ...refetch,
  });
  const [answer, answering] = useMutation(AnswerSpotCheckFollowUpDocument, {
    ...FORM_ERRORS,
    ...refetch,
  });
  const [close, closing] = useMutation(CloseSpotCheckFollowUpDocument, {
    ...FORM_ERRORS,
    ...refetch,
  });
  const label = {
    flag: t('spot.findingNote'),
    answer: t('spot.answer'),
    close: t('spot.closingNote'),
  }[step];

  const submit = async (v: Values) => {
    errors.clear();
    try {
      if (step === 'flag')
        await flag({ variables: { input: { itemId: item.id, discrepancy: true, note: v.text } } });
      else if (step === 'answer')
        await answer({
          variables: {
            input: { itemId: item.id, answer: v.text ?? '', correctionId: v.correctionId ?? null },
          },
        });
      else await close({ variables: { input: { itemId: item.id, note: v.text ?? null } } });
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open
      title={t(`spot.action.${step}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`spot.action.${step}`)}
      confirmLoading={flagging.loading || answering.loading || closing.loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <FormErrorBanner message={errors.banner} />
        <Form.Item
          name="text"
          label={label}
          rules={
            step === 'close'
              ? []
              : [{ required: true, whitespace: true, message: t('spot.required') }]
          }
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        {step === 'answer' && <CorrectionSelect item={item} />}
      </Form>
    </Modal>
  );
}
