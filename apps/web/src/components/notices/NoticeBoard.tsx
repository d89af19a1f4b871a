import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import {
  DecideNoticeObjectionDocument,
  RaiseNoticeObjectionDocument,
  type ObjectionState,
  type PublicationFieldsFragment,
} from '../../graphql/graphql';
import { PrintNoticeButton } from './NoticePrint';
import { PlainList } from '../PlainList';
import { OutcomeTag } from '../outcome-band';

type Publication = PublicationFieldsFragment;
type Objection = Publication['objections'][number];

const OBJECTION_COLORS: Record<ObjectionState, string> = {
  RAISED: 'processing',
  UPHELD: 'warning',
  DISMISSED: 'default',
};

function RaiseDialog({
  publication,
  defaultMemberId,
  onClose,
  onDone,
}: {
  publication: Publication | null;
  defaultMemberId: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ memberId: string; content: string }>();
  const errors = useFormErrors(form, { fields: ['memberId', 'content'] });
  const [raise, { loading }] = useMutation(RaiseNoticeObjectionDocument, FORM_ERRORS);
  const submit = async (values: { memberId: string; content: string }) => {
    if (!publication) return;
    errors.clear();
    try {
      await raise({ variables: { input: { publicationId: publication.id, ...values } } });
      form.resetFields();
      onDone();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  const inList = publication?.rows.some((r) => r.memberId === defaultMemberId);
  return (
    <Modal
      open={!!publication}
      title={t('notice.raise')}
      okText={t('notice.raiseSubmit')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ memberId: inList ? defaultMemberId : undefined }}
      >
        <Form.Item
          name="memberId"
          label={t('notice.about')}
          rules={[{ required: true, message: t('notice.aboutRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(publication?.rows ?? []).map((r) => ({ value: r.memberId, label: r.name }))}
          />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('notice.content')}
          rules={[{ required: true, whitespace: true, message: t('notice.contentRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideDialog({
  objection,
  uphold,
  onClose,
  onDone,
}: {
  objection: Objection | null;
  uphold: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ decision: string }>();
  const errors = useFormErrors(form, { fields: ['decision'] });
  const [decide, { loading }] = useMutation(DecideNoticeObjectionDocument, FORM_ERRORS);
  const submit = async ({ decision }: { decision: string }) => {
    if (!objection) return;
    errors.clear();
    try {
      await decide({ variables: { input: { objectionId: objection.id, uphold, decision } } });
      form.resetFields();
      onDone();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={!!objection}
      title={t(uphold ? 'notice.upholdTitle' : 'notice.dismissTitle')}
      okText={t(uphold ? 'notice.uphold' : 'notice.dismiss')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      {objection && <Alert type="info" title={objection.content} style={{ marginBottom: 12 }} />}
      {uphold && (
        <Typography.Paragraph type="secondary">{t('notice.upholdNote')}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="decision"
          label={t('notice.decision')}
          rules={[{ required: true, whitespace: true, message: t('notice.decisionRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One notice: its window in working days, the list exactly as published, and its objections. */
function NoticeCard({
  publication,
  compact,
  onRaise,
  onDecide,
}: {
  publication: Publication;
  compact?: boolean;
  onRaise: (p: Publication) => void;
  onDecide: (o: Objection, uphold: boolean) => void;
}) {
  const { t } = useLocale();
  const open = publication.noticeState === 'OPEN';
  // The server names what this person may do with the notice.
  const can = (step: string) => publication.availableActions.includes(step);
  const year = publication.kind === 'YEAR';
  const nameOf = (memberId: string) =>
    publication.rows.find((r) => r.memberId === memberId)?.name ?? memberId;
  return (
    <Card
      size="small"
      data-testid="notice"
      title={
        <Space wrap>
          <span>
            {year
              ? t('notice.titleYear', { year: publication.year, number: publication.number })
              : t('notice.titleQuarter', {
                  year: publication.year,
                  quarter: publication.quarter,
                  number: publication.number,
                })}
          </span>
          <Tag color={open ? 'green' : 'default'} data-testid="notice-state">
            {t(open ? 'notice.open' : 'notice.closed')}
          </Tag>
        </Space>
      }
      extra={
        <Space>
          <PrintNoticeButton publication={publication} size="small" />
          {can('raiseObjection') && (
            <Button size="small" onClick={() => onRaise(publication)}>
              {t('notice.raise')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Descriptions size="small" column={compact ? 1 : { xs: 1, md: 3 }}>
          <Descriptions.Item label={t('notice.publishedOn')}>
            {publication.publishedOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('notice.window')}>
            <span data-testid="notice-window">
              {t('notice.windowText', {
                from: publication.firstCountedDay,
                to: publication.noticeEndsOn,
              })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('notice.objections')}>
            {publication.objections.length}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('notice.windowRule')}
        </Typography.Text>
        {publication.provisionalYears.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('notice.provisional', {
              years: publication.provisionalYears.join(t('app.enumSeparator')),
            })}
          />
        )}
        {publication.note && <Alert type="info" showIcon title={publication.note} />}
        <Table
          rowKey="memberId"
          size="small"
          pagination={compact ? { pageSize: 10, hideOnSinglePage: true, simple: true } : false}
          dataSource={publication.rows}
          scroll={compact ? undefined : { x: 500 }}
          columns={[
            { title: t('cmt.name'), dataIndex: 'name', key: 'name' },
            ...(compact
              ? []
              : [
                  { title: t('cmt.base'), dataIndex: 'base', key: 'base', align: 'right' as const },
                  {
                    title: t('cmt.special'),
                    dataIndex: 'special',
                    key: 'special',
                    align: 'right' as const,
                  },
                ]),
            ...(year && !compact
              ? [
                  {
                    title: t('cmt.evaluation'),
                    dataIndex: 'evaluation',
                    key: 'evaluation',
                    align: 'right' as const,
                  },
                ]
              : []),
            { title: t('cmt.total'), dataIndex: 'total', key: 'total', align: 'right' as const },
            ...(year
              ? [
                  {
                    title: t('cmt.outcome'),
                    key: 'band',
                    render: (_: unknown, r: Publication['rows'][number]) => (
                      <OutcomeTag band={r.band} />
                    ),
                  },
                ]
              : []),
          ]}
        />
        {publication.objections.length > 0 && (
          <div>
            <Typography.Text strong>{t('notice.objections')}</Typography.Text>
            <PlainList
              rows={publication.objections.map((o) => ({
                key: o.id,
                content: (
                  <Space orientation="vertical" size={0}>
                    <Space wrap>
                      <span>{t('notice.objectionAbout', { name: nameOf(o.memberId) })}</span>
                      <Tag color={OBJECTION_COLORS[o.state]}>{o.stateLabel}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {dayjs(o.raisedAt).format('YYYY-MM-DD HH:mm')}
                      </Typography.Text>
                    </Space>
                    <Typography.Text type="secondary">{o.content}</Typography.Text>
                    {o.decision && (
                      <Typography.Text type="secondary">
                        {t('app.labelled', { label: t('notice.decision'), text: o.decision })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
                extra:
                  o.state === 'RAISED' && can('decideObjection') ? (
                    <Space>
                      <Button size="small" onClick={() => onDecide(o, true)}>
                        {t('notice.uphold')}
                      </Button>
                      <Button size="small" onClick={() => onDecide(o, false)}>
                        {t('notice.dismiss')}
                      </Button>
                    </Space>
                  ) : undefined,
              }))}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}

/**
 * 公示: the notices of a period, newest first — the list as published, the notice window counted in
 * working days (weekends and statutory holidays do not count, adjusted working days do), and the
 * objections anyone in the branch may raise while it is open, decided by the branch committee.
 */
export function NoticeBoard({
  publications,
  ownMemberId,
  compact,
  onChanged,
}: {
  publications: readonly Publication[];
  ownMemberId: string | null;
  compact?: boolean;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const [raising, setRaising] = useState<Publication | null>(null);
  const [deciding, setDeciding] = useState<{ objection: Objection; uphold: boolean } | null>(null);
  if (!publications.length) return <Empty description={t('notice.none')} />;
  const newestFirst = [...publications].sort((a, b) => b.number - a.number);
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="notice-board"
    >
      {newestFirst.map((p) => (
        <NoticeCard
          key={p.id}
          publication={p}
          compact={compact}
          onRaise={setRaising}
          onDecide={(objection, uphold) => setDeciding({ objection, uphold })}
        />
      ))}
      <RaiseDialog
        publication={raising}
        defaultMemberId={ownMemberId}
        onClose={() => setRaising(null)}
        onDone={onChanged}
      />
      <DecideDialog
        objection={deciding?.objection ?? null}
        uphold={deciding?.uphold ?? false}
        onClose={() => setDeciding(null)}
        onDone={onChanged}
      />
    </Space>
  );
}
