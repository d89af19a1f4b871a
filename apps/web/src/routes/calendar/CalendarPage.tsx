import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Calendar,
  Card,
  Col,
  Empty,
  Popconfirm,
  Row,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n';
import { currentYear, YearSelect } from '../../components/YearSelect';
import type { WorkingYearQuery } from '../../graphql/graphql';
import { RemoveCalendarAmendmentDocument, WorkingYearDocument } from '../../graphql/graphql';
import { AmendmentDialog } from './AmendmentDialog';
import { today } from '../../app/calendar/today';

type Amendment = WorkingYearQuery['calendarAmendments'][number];
type Day = WorkingYearQuery['workingCalendar'][number];

/** 工作日历: the year's working days as the server computes them, and the committee's amendments. */
export default function CalendarPage() {
  const t = useT();
  const { message } = App.useApp();
  const [year, setYear] = useState(currentYear());
  const [month, setMonth] = useState<Dayjs>(today().year(year).startOf('month'));
  const [adding, setAdding] = useState(false);
  const { data, loading } = useQuery(WorkingYearDocument, {
    variables: { from: `${year}-01-01`, to: `${year}-12-31`, year },
  });
  const [remove] = useMutation(RemoveCalendarAmendmentDocument, {
    refetchQueries: [WorkingYearDocument],
  });
  const days = useMemo(
    () => new Map((data?.workingCalendar ?? []).map((d) => [d.date, d])),
    [data],
  );
  const workingCount = data?.workingCalendar.filter((d) => d.working).length ?? 0;
  const unknown = data?.workingCalendar.some((d) => !d.known) ?? false;

  const changeYear = (y: number) => {
    setYear(y);
    setMonth(month.year(y));
  };

  const cell = (date: Dayjs) => {
    const day: Day | undefined = days.get(date.format('YYYY-MM-DD'));
    if (!day) return null;
    const weekend = date.day() === 0 || date.day() === 6;
    // Only what differs from an ordinary week is marked: a day off on a weekday, work on a weekend.
    if (day.working === !weekend && day.source !== 'AMENDMENT') return null;
    return (
      <Tooltip
        title={
          day.name ? t('app.labelled', { label: day.sourceLabel, text: day.name }) : day.sourceLabel
        }
      >
        <Tag color={day.working ? 'blue' : 'green'} style={{ marginInlineEnd: 0 }}>
          {day.working ? t('calendar.workday') : t('calendar.restday')}
        </Tag>
      </Tooltip>
    );
  };

  return (
    <Card
      title={
        <Space>
          <span>{t('calendar.title')}</span>
          <YearSelect value={year} onChange={changeYear} />
        </Space>
      }
      extra={
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('calendar.add')}
        </Button>
      }
      loading={loading && !data}
    >
      <Typography.Paragraph data-testid="working-days">
        {t('calendar.workingDays', { count: workingCount })}
      </Typography.Paragraph>
      {unknown && (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.unknownYear')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={14}>
          <Calendar
            fullscreen={false}
            value={month}
            onPanelChange={(d) => setMonth(d)}
            onSelect={(d) => setMonth(d)}
            validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
            cellRender={(d, info) => (info.type === 'date' ? cell(d) : null)}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Title level={5}>{t('calendar.amendments')}</Typography.Title>
          <Table<Amendment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.calendarAmendments ?? []}
            locale={{ emptyText: <Empty description={t('calendar.noAmendments')} /> }}
            columns={[
              { title: t('calendar.date'), dataIndex: 'date', key: 'date', width: 110 },
              {
                title: t('calendar.kind'),
                dataIndex: 'kind',
                key: 'kind',
                width: 90,
                render: (_, a) => a.kindLabel,
              },
              { title: t('calendar.note'), dataIndex: 'note', key: 'note' },
              {
                key: 'remove',
                width: 70,
                render: (_, a) => (
                  <Popconfirm
                    title={t('calendar.removeConfirm', { date: a.date })}
                    okText={t('calendar.remove')}
                    cancelText={t('common.cancel')}
                    onConfirm={async () => {
                      await remove({ variables: { date: a.date } });
                      void message.success(t('calendar.removed'));
                    }}
                  >
                    <Button size="small" danger>
                      {t('calendar.remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Col>
      </Row>
      <AmendmentDialog open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
