import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FORM_ERRORS } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { PlainList } from '../../components/PlainList';
import { ReasonDialog } from '../../components/ReasonDialog';
import { CloseOutcomeCaseDocument } from '../../graphql/graphql';
import { today } from '../../app/calendar/today';
import { InterviewForm, MeasureDone, MeasuresForm } from './CaseForms';
import { WorkflowSteps } from '../../components/cycle/WorkflowSteps';
import { DATE, measureProgress, refetch, type Case } from './case-progress';

/** A warning case in full: its steps, the interview, the measures and closing it. */
export function CaseDrawer({ item, onClose }: { item: Case | null; onClose: () => void }) {
  const { t } = useLocale();
  const [closing, setClosing] = useState(false);
  const [close] = useMutation(CloseOutcomeCaseDocument, { ...FORM_ERRORS, ...refetch });
  if (!item) return <Drawer open={false} />;
  const progress = measureProgress(item.measures);
  const allDone = progress.total > 0 && progress.done === progress.total;
  // The server names the steps this person may take on the case now.
  const can = (step: string) => item.availableActions.includes(step);
  return (
    <Drawer
      open
      onClose={onClose}
      size={640}
      title={t('warnings.caseTitle', { name: item.member?.name ?? item.memberId })}
    >
      <Space
        orientation="vertical"
        size="large"
        style={{ width: '100%' }}
        data-testid="case-drawer"
      >
        <WorkflowSteps steps={item.workflow} testId="case-steps" />
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('warnings.level')}>
            <Tag color={item.level === 'RED' ? 'red' : 'gold'}>{item.levelLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('cmt.total')}>{item.total}</Descriptions.Item>
          {item.interviewedOn && (
            <Descriptions.Item label={t('warnings.interviewedOn')} span={2}>
              {item.interviewedOn}
            </Descriptions.Item>
          )}
          {item.interviewRecord && (
            <Descriptions.Item label={t('warnings.record')} span={2}>
              {item.interviewRecord}
            </Descriptions.Item>
          )}
          {item.causes && (
            <Descriptions.Item label={t('warnings.causes')} span={2}>
              {item.causes}
            </Descriptions.Item>
          )}
          {item.closingNote && (
            <Descriptions.Item label={t('warnings.closingNote')} span={2}>
              {item.closingNote}
            </Descriptions.Item>
          )}
        </Descriptions>
        {item.redTwoYearsRunning && <Alert type="error" showIcon title={t('warnings.twoYears')} />}
        {item.probationExtension && (
          <Alert type="warning" showIcon title={t('warnings.extension')} />
        )}
        {can('recordInterview') && (
          <Card size="small" title={t('warnings.interview')}>
            <InterviewForm item={item} />
          </Card>
        )}
        {can('setMeasures') && (
          <Card size="small" title={t('warnings.measures')}>
            <MeasuresForm item={item} />
          </Card>
        )}
        {item.measures.length > 0 && (
          <Card size="small" title={t('warnings.measures')}>
            <PlainList
              rows={[...item.measures]
                .sort((a, b) => a.position - b.position)
                .map((m) => ({
                  key: m.id,
                  content: (
                    <Space orientation="vertical" size={0}>
                      <span>{m.description}</span>
                      <Typography.Text type="secondary">
                        {t('app.labelled', { label: t('warnings.deadline'), text: m.deadline })}
                        {!m.doneOn && m.deadline < today().format(DATE) && (
                          <Tag color="red" style={{ marginInlineStart: 8 }}>
                            {t('warnings.overdue')}
                          </Tag>
                        )}
                      </Typography.Text>
                      {m.doneOn && (
                        <Typography.Text type="success">
                          {t('warnings.doneOn', { date: m.doneOn })} {m.doneNote}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                  extra:
                    can('completeMeasure') && !m.doneOn ? <MeasureDone measure={m} /> : undefined,
                }))}
            />
          </Card>
        )}
        {can('close') && (
          <Button
            type="primary"
            disabled={item.state === 'RECTIFYING' && !allDone}
            onClick={() => setClosing(true)}
          >
            {t('warnings.close')}
          </Button>
        )}
      </Space>
      <ReasonDialog
        open={closing}
        title={t('warnings.close')}
        label={t('warnings.closingNote')}
        required
        okText={t('warnings.close')}
        onClose={() => setClosing(false)}
        onSubmit={async (note) => {
          await close({ variables: { caseId: item.id, note } });
        }}
      />
    </Drawer>
  );
}
