import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Empty, Popover, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PlainList } from '../../components/PlainList';
import { useT } from '../i18n';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from './tasks.documents';
import { useServerLabel } from './use-my-tasks';

const POLL_MS = 60_000;

/** 提醒中心: the unread count in the header; opening an item marks it read and goes to it. */
export function NotificationBell() {
  const t = useT();
  const label = useServerLabel();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(MyNotificationsQuery, { pollInterval: POLL_MS });
  const [markRead] = useMutation(MarkNotificationsReadMutation);
  const list = data?.myNotifications;
  const unread = list?.unread ?? 0;

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: 'auto' }} data-testid="notifications">
      {!list || list.items.length === 0 ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <PlainList
          rows={list.items.map((n) => ({
            key: n.id,
            style: { cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 },
            onClick: () => {
              setOpen(false);
              if (!n.readAt) void markRead({ variables: { ids: [n.id] } });
              void navigate(n.link);
            },
            content: (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong={!n.readAt}>{label(n.labelZh, n.labelEn)}</Typography.Text>
                {n.dueOn && (
                  <Space size={4}>
                    <Typography.Text type="secondary">
                      {t('tasks.dueOn', { date: n.dueOn })}
                    </Typography.Text>
                    {n.overdue && <Tag color="red">{t('tasks.overdue')}</Tag>}
                  </Space>
                )}
              </Space>
            ),
          }))}
        />
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          {t('notifications.title')}
          <Button
            size="small"
            type="link"
            disabled={unread === 0}
            onClick={() => void markRead({ variables: { ids: null } })}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      }
      content={content}
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          aria-label={t('notifications.title')}
          data-testid="notification-bell"
          style={{ color: '#fff' }}
          icon={<BellOutlined />}
        />
      </Badge>
    </Popover>
  );
}
