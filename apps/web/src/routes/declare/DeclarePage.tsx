import { useMutation, useQuery } from '@apollo/client/react';
import { PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  DisputeDeclarationDocument,
  MyDeclarationsDocument,
  SubmitDeclarationDocument,
  type DeclarationFieldsFragment,
} from '../../graphql/graphql';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import {
  DeclarationHistory,
  DeclarationStatusTag,
} from '../../components/declarations/DeclarationHistory';
import { EvidenceUpload, type UploadedEvidence } from '../../components/evidence/EvidenceUpload';
import { evidenceUrl } from '../../components/evidence/evidence-file';
import { declarableItems, useYearScheme } from '../../components/use-year-scheme';
import { today } from '../../app/calendar/today';

type Declaration = DeclarationFieldsFragment;
type Values = {
  month: string;
  itemCode: string;
  description: string;
  points?: number | null;
  evidence: UploadedEvidence | null;
};

const FIELDS = ['month', 'itemCode', 'description', 'points', 'evidence'] as const;
const FIELD_MAP = { 'input.evidenceId': 'evidence', evidenceId: 'evidence' };

/** The months one may declare for: this year's, up to this month, latest first. */
export function declarableMonths(day = today()): string[] {
  const months: string[] = [];
  for (let m = day.month(); m >= 0; m--) months.push(day.month(m).format('YYYY-MM'));
  return months;
}

/** 积分申报: a member declares a special item with evidence, follows it, and may dispute the decision. */
export default function DeclarePage() {
  const viewer = useViewer();
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS, fieldMap: FIELD_MAP });
  const months = useMemo(() => declarableMonths(), []);
  const year = Number(months[0]!.slice(0, 4));
  const month = Form.useWatch('month', form) ?? months[0]!;
  const itemCode = Form.useWatch('itemCode', form);
  const branchId = viewer.roles.find((g) => g.role === 'MEMBER')?.branchId ?? null;
  const { items, names, loading: schemeLoading } = useYearScheme(year, month);
  const options = declarableItems(items, branchId);
  const chosen = options.find((i) => i.code === itemCode);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const name = (code: string) => {
    const info = names.get(code);
    return info ? (locale === 'en' ? info.nameEn : info.nameZh) : code;
  };

  const { data, loading, refetch } = useQuery(MyDeclarationsDocument, {
    variables: { filter: { year, memberId: viewer.memberId } },
    skip: !viewer.memberId,
  });
  const [submit, { loading: submitting }] = useMutation(SubmitDeclarationDocument, FORM_ERRORS);

  if (!viewer.memberId) return <Empty description={t('myScores.noMember')} />;

  const onFinish = async (values: Values) => {
    errors.clear();
    if (!values.evidence) return;
    try {
      await submit({
        variables: {
          input: {
            month: values.month,
            itemCode: values.itemCode,
            description: values.description,
            points: values.points != null ? String(values.points) : null,
            evidenceId: values.evidence.id,
          },
        },
      });
      message.success(t('declare.submitted'));
      form.resetFields(['itemCode', 'description', 'points', 'evidence']);
      void refetch();
    } catch (error) {
      errors.handle(error);
    }
  };

  const mine = data?.declarations ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('declare.title')}>
        <FormErrorBanner message={errors.banner} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ month: months[0], evidence: null }}
          onFinish={(values) => void onFinish(values)}
          style={{ maxWidth: 560 }}
        >
          <Form.Item name="month" label={t('declare.month')} rules={[{ required: true }]}>
            <Select
              options={months.map((m) => ({
                value: m,
                label: t('ledger.printYearMonth', {
                  year: m.slice(0, 4),
                  month: Number(m.slice(5)),
                }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="itemCode"
            label={t('declare.item')}
            rules={[{ required: true, message: t('declare.itemRequired') }]}
            extra={
              chosen
                ? t('declare.itemHint', {
                    unit: chosen.unitPoints ?? '—',
                    cap: chosen.cap ?? '—',
                    evidence: (locale === 'en' ? chosen.evidenceEn : chosen.evidenceZh) ?? '—',
                  })
                : undefined
            }
          >
            <Select
              loading={schemeLoading}
              placeholder={t('declare.itemPlaceholder')}
              data-testid="declare-item"
              options={options.map((i) => ({
                value: i.code,
                label: `${locale === 'en' ? i.nameEn : i.nameZh}${t('app.aside', { text: t('declare.unit', { points: i.unitPoints ?? '—' }) })}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('declare.description')}
            rules={[
              { required: true, whitespace: true, message: t('declare.descriptionRequired') },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={500}
              showCount
              placeholder={t('declare.descriptionPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="points"
            label={t('declare.points')}
            extra={
              chosen?.unitPoints
                ? t('declare.pointsHint', { points: chosen.unitPoints })
                : t('declare.pointsHintNone')
            }
          >
            <InputNumber
              min={0.01}
              max={chosen?.unitPoints ? Number(chosen.unitPoints) : undefined}
              step={0.5}
              precision={2}
              style={{ width: 160 }}
            />
          </Form.Item>
          <Form.Item
            name="evidence"
            label={t('declare.evidence')}
            rules={[{ required: true, message: t('declare.evidenceRequired') }]}
            validateStatus={evidenceError ? 'error' : undefined}
            help={evidenceError ?? undefined}
          >
            <EvidenceUpload
              branchId={branchId}
              onError={setEvidenceError}
              testId="declare-evidence"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            data-testid="declare-submit"
          >
            {t('declare.submit')}
          </Button>
        </Form>
      </Card>

      <Card size="small" title={t('declare.mine', { year })} data-testid="my-declarations">
        {loading && !data ? (
          <Card loading size="small" variant="borderless" />
        ) : mine.length === 0 ? (
          <Empty description={t('declare.none')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size="small">
            {mine.map((d) => (
              <MyDeclaration key={d.id} declaration={d} itemName={name(d.itemCode)} />
            ))}
          </Space>
        )}
      </Card>
    </Space>
  );
}

function MyDeclaration({
  declaration: d,
  itemName,
}: {
  declaration: Declaration;
  itemName: string;
}) {
  const t = useLocale().t;
  const [disputing, setDisputing] = useState(false);
  const canDispute = d.availableActions.includes('DISPUTE');
  return (
    <Card
      size="small"
      data-testid="my-declaration"
      title={
        <Space wrap size={4}>
          <span>{itemName}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {d.month}
          </Typography.Text>
        </Space>
      }
      extra={<DeclarationStatusTag declaration={d} />}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{d.description}</Typography.Paragraph>
      <Space wrap size={[12, 4]}>
        <Typography.Text type="secondary">
          {d.declaredPoints
            ? t('declare.declaredPoints', { points: d.declaredPoints })
            : t('declare.askedUnit')}
        </Typography.Text>
        {d.countedPoints !== null && (
          <Typography.Text type="success">
            {t('declare.counted', { points: d.countedPoints })}
          </Typography.Text>
        )}
        {d.evidenceId && (
          <Typography.Link href={evidenceUrl(d.evidenceId)} target="_blank" rel="noreferrer">
            <PaperClipOutlined /> {t('evidence.view')}
          </Typography.Link>
        )}
      </Space>
      {d.lastReason &&
        (d.status === 'REJECTED' ||
          d.status === 'UPHELD' ||
          d.status === 'OVERTURNED' ||
          d.status === 'ACCEPTED') && (
          <Alert
            style={{ marginTop: 8 }}
            type={d.status === 'REJECTED' ? 'warning' : 'info'}
            showIcon
            title={t('declare.reason', { reason: d.lastReason })}
          />
        )}
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 4 }}
        items={[
          {
            key: 'history',
            label: t('declare.history', { count: d.events.length }),
            children: <DeclarationHistory events={d.events} />,
          },
        ]}
      />
      {canDispute && (
        <Button size="small" onClick={() => setDisputing(true)} data-testid="declare-dispute">
          {t('declare.dispute')}
        </Button>
      )}
      {disputing && <DisputeModal declaration={d} onClose={() => setDisputing(false)} />}
    </Card>
  );
}

function DisputeModal({ declaration, onClose }: { declaration: Declaration; onClose: () => void }) {
  const t = useLocale().t;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const errors = useFormErrors(form, { fields: ['reason'] });
  const [dispute, { loading }] = useMutation(DisputeDeclarationDocument, FORM_ERRORS);
  const onOk = async () => {
    const { reason } = await form.validateFields();
    try {
      await dispute({
        variables: {
          input: { id: declaration.id, reason, expectedVersion: declaration.version },
        },
      });
      message.success(t('declare.disputed'));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open
      title={t('declare.disputeTitle')}
      okText={t('declare.disputeOk')}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('declare.disputeHelp')}</Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('declare.disputeReason')}
          rules={[{ required: true, whitespace: true, message: t('declare.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
