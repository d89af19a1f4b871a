import { Alert, Button, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocale } from '../../app/i18n';
import { PlainList } from '../../components/PlainList';
import { openObjections, type Assessment, type Row } from './quarter-summary';

/**
 * Open objections first, above everything else on the screen: members' objections raised in the
 * review and objections to the published list during its notice, counted together.
 */
export function OpenObjections({
  assessment,
  canResolve,
  onResolve,
}: {
  assessment: Assessment;
  canResolve: boolean;
  onResolve: (row: Row) => void;
}) {
  const { t } = useLocale();
  const { review, notice, count } = openObjections(assessment);
  if (count === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="open-objections"
      title={t('quarterly.openObjections', { count })}
      description={
        <PlainList
          rows={[
            ...review.map((r) => ({
              key: r.memberId,
              kind: t('quarterly.reviewObjection'),
              name: r.member?.name ?? r.memberId,
              content: r.confirmation?.objection ?? '',
              at: r.confirmation?.respondedAt ?? null,
              action: canResolve ? (
                <Button size="small" onClick={() => onResolve(r)}>
                  {t('quarterly.resolve')}
                </Button>
              ) : null,
            })),
            ...notice.map((o) => ({
              key: o.id,
              kind: t('quarterly.noticeObjection'),
              name: o.name,
              content: o.content,
              at: o.raisedAt,
              action: <a href="#notice-board">{t('quarterly.toNoticeBoard')}</a>,
            })),
          ].map((item) => ({
            key: item.key,
            content: (
              <Space wrap>
                <Tag color="red">{item.kind}</Tag>
                <Typography.Text strong>{item.name}</Typography.Text>
                <Typography.Text>{item.content}</Typography.Text>
                {item.at && (
                  <Typography.Text type="secondary">
                    {dayjs(item.at).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                )}
              </Space>
            ),
            extra: item.action ?? undefined,
          }))}
        />
      }
    />
  );
}
