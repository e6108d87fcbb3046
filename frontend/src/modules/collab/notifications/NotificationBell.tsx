import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useFragment as unmask } from '../../../graphql';
import { CollabNotificationFields, CollabNotificationsQuery, CollabUnreadCountQuery } from './operations';
import { NotificationItem } from './NotificationItem';
import { badgeText } from './sentence';
import { NOTIFICATION_CONTEXT, useNotificationActions } from './useOpenNotification';
import { useRefreshEvery } from './useRefreshEvery';

export const POLL_MS = 30_000;
const LATEST = 5;

function Latest({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { open, readAll } = useNotificationActions();
  const [{ data, fetching }] = useQuery({
    query: CollabNotificationsQuery,
    variables: { first: LATEST, after: null, unreadOnly: false },
    requestPolicy: 'cache-and-network',
    context: NOTIFICATION_CONTEXT,
  });
  const items = (data?.notifications.edges ?? []).map((e) => unmask(CollabNotificationFields, e.node));
  return (
    <Flex vertical style={{ width: 'min(360px, calc(100vw - 48px))' }} data-testid="bell-panel">
      {fetching && items.length === 0 ? (
        <Spin style={{ margin: 16 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('collab.notifications.empty')} />
      ) : (
        items.map((n) => (
          <NotificationItem
            key={n.id}
            n={n}
            onOpen={() => {
              onClose();
              void open(n);
            }}
          />
        ))
      )}
      <Flex justify="space-between" gap={8} style={{ borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 8 }}>
        <Button size="small" type="link" onClick={() => void readAll()} data-testid="bell-read-all">
          {t('collab.notifications.markAllRead')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            onClose();
            navigate('/notifications');
          }}
          data-testid="bell-see-all"
        >
          {t('collab.notifications.seeAll')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The header bell: the unread count (polled every 30 s and on focus) and the latest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ data }, refetch] = useQuery({ query: CollabUnreadCountQuery, context: NOTIFICATION_CONTEXT });
  useRefreshEvery(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      destroyOnHidden
      title={<Typography.Text strong>{t('collab.notifications.title')}</Typography.Text>}
      content={<Latest onClose={() => setOpen(false)} />}
    >
      <Button
        type="text"
        aria-label={t('collab.notifications.bell', { count })}
        data-testid="notification-bell"
        data-count={count}
        icon={
          <Badge count={count} overflowCount={99} size="small" title={badgeText(count)}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
