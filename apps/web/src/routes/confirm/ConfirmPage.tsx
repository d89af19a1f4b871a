import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import { ExplanationLines } from '../../components/ExplanationLines';
import { NoticeBoard } from '../../components/notices/NoticeBoard';
import { YearSelect, currentYear } from '../../components/YearSelect';
import {
  MyQuartersDocument,
  RespondToQuarterRecordDocument,
  type ConfirmationState,
  type MyQuartersQuery,
} from '../../graphql/graphql';

type Assessment = MyQuartersQuery['quarterAssessments'][number];

const CONFIRMATION_COLORS: Record<ConfirmationState, string> = {
  PENDING: 'default',
  CONFIRMED: 'success',
  OBJECTED: 'error',
  RESOLVED: 'processing',
};

/** Whether the member is being asked to answer: the review is open and they have not (or must again). */
export function awaitsAnswer(a: Assessment, memberId: string | null): boolean {
  const row = a.rows.find((r) => r.memberId === memberId);
  if (!row || a.state !== 'UNDER_REVIEW') return false;
  return (row.confirmation?.state ?? 'PENDING') === 'PENDING' || row.changedSinceConfirmed;
}

function Answer({ assessment, memberId }: { assessment: Assessment; memberId: string }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [objecting, setObjecting] = useState(false);
  const [form] = Form.useForm<{ objection: string }>();
  const errors = useFormErrors(form, { fields: ['objection'] });
  const [respond, { loading }] = useMutation(RespondToQuarterRecordDocument, {
    ...FORM_ERRORS,
    refetchQueries: ['MyQuarters'],
    awaitRefetchQueries: true,
  });
  const send = async (agree: boolean, objection?: string) => {
    errors.clear();
    try {
      await respond({
        variables: {
          input: { assessmentId: assessment.id, memberId, agree, objection: objection ?? null },
        },
      });
      void message.success(t(agree ? 'confirm.confirmed' : 'confirm.objected'));
      setObjecting(false);
      form.resetFields();
    } catch (error) {
      errors.handle(error);
    }
  };
  if (objecting) {
    return (
      <Form form={form} layout="vertical" onFinish={(v) => void send(false, v.objection)}>
        <FormErrorBanner message={errors.banner} />
        <Form.Item
          name="objection"
          label={t('confirm.objection')}
          rules={[{ required: true, whitespace: true, message: t('confirm.objectionRequired') }]}
        >
          <Input.TextArea rows={3} placeholder={t('confirm.objectionHint')} />
        </Form.Item>
        <Space>
          <Button onClick={() => setObjecting(false)}>{t('cmt.cancel')}</Button>
          <Button type="primary" danger htmlType="submit" loading={loading}>
            {t('confirm.submitObjection')}
          </Button>
        </Space>
      </Form>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <FormErrorBanner message={errors.banner} />
      <Button type="primary" size="large" block loading={loading} onClick={() => void send(true)}>
        {t('confirm.confirm')}
      </Button>
      <Button size="large" block onClick={() => setObjecting(true)}>
        {t('confirm.object')}
      </Button>
    </Space>
  );
}

function QuarterCard({
  assessment,
  memberId,
  onChanged,
}: {
  assessment: Assessment;
  memberId: string;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const row = assessment.rows.find((r) => r.memberId === memberId);
  if (!row) return null;
  const state = row.confirmation?.state ?? 'PENDING';
  const asked = awaitsAnswer(assessment, memberId);
  return (
    <Card
      size="small"
      data-testid={`my-quarter-${assessment.quarter}`}
      title={t('confirm.quarterTitle', { year: assessment.year, quarter: assessment.quarter })}
      extra={<Tag>{assessment.stateLabel}</Tag>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space size="large" wrap>
          <Statistic title={t('cmt.total')} value={row.score?.total ?? '—'} />
          <Statistic title={t('cmt.base')} value={row.score?.base ?? '—'} />
          <Statistic title={t('cmt.special')} value={row.score?.special ?? '—'} />
        </Space>
        <Space wrap>
          <Typography.Text type="secondary">{t('quarterly.confirmation')}</Typography.Text>
          <Tag color={CONFIRMATION_COLORS[state]} data-testid="my-confirmation">
            {row.confirmationLabel}
          </Tag>
        </Space>
        {row.changedSinceConfirmed && (
          <Alert type="warning" showIcon title={t('quarterly.changedHint')} />
        )}
        {row.confirmation?.objection && (
          <Typography.Text>
            {t('app.labelled', {
              label: t('quarterly.objection'),
              text: row.confirmation.objection ?? '',
            })}
          </Typography.Text>
        )}
        {row.confirmation?.resolution && (
          <Typography.Text type="secondary">
            {t('app.labelled', {
              label: t('quarterly.resolution'),
              text: row.confirmation.resolution ?? '',
            })}
          </Typography.Text>
        )}
        {asked && (
          <>
            <Typography.Text type="secondary">{t('confirm.ask')}</Typography.Text>
            <Answer assessment={assessment} memberId={memberId} />
          </>
        )}
        <div>
          <Typography.Text strong>{t('scheme.preview.lines')}</Typography.Text>
          <ExplanationLines lines={row.score?.lines} compact />
        </div>
        {assessment.publications.length > 0 && (
          <NoticeBoard
            publications={assessment.publications}
            ownMemberId={memberId}
            compact
            onChanged={onChanged}
          />
        )}
      </Space>
    </Card>
  );
}

/**
 * 季度确认 (the member's own screen, made for a phone): each quarter under review with my score and
 * its explanation lines; I confirm it or object with a reason; once published, the notice.
 */
export default function ConfirmPage() {
  const { t } = useLocale();
  const viewer = useViewer();
  const [year, setYear] = useState(currentYear());
  const { data, loading, refetch } = useQuery(MyQuartersDocument, { variables: { year } });
  const memberId = viewer.memberId;
  const mine = [...(data?.quarterAssessments ?? [])]
    .filter((a) => a.rows.some((r) => r.memberId === memberId))
    .sort((a, b) => b.quarter - a.quarter);
  const waiting = mine.filter((a) => awaitsAnswer(a, memberId)).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('confirm.title')}
        extra={<YearSelect value={year} onChange={setYear} />}
      >
        {waiting > 0 ? (
          <Alert type="info" showIcon title={t('confirm.waiting', { count: waiting })} />
        ) : (
          <Typography.Text type="secondary">{t('confirm.intro')}</Typography.Text>
        )}
      </Card>
      {loading && !data ? (
        <Spin />
      ) : !memberId || !mine.length ? (
        <Empty description={t('confirm.none', { year })} />
      ) : (
        mine.map((a) => (
          <QuarterCard
            key={a.id}
            assessment={a}
            memberId={memberId}
            onChanged={() => void refetch()}
          />
        ))
      )}
    </Space>
  );
}
