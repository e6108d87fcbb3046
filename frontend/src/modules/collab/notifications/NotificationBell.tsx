import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Grid, Popover, Spin, Typography } from 'antd';
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
    <Flex vertical style={{ width: '100%' }} data-testid="bell-panel">
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

/**
 * The header bell: the unread count (polled every 30 s and on focus) and the latest notifications,
 * in a popover on wide screens and a drawer on phones (a popover under a header button runs off a
 * narrow screen).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const [{ data }, refetch] = useQuery({ query: CollabUnreadCountQuery, context: NOTIFICATION_CONTEXT });
  useRefreshEvery(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
  const count = data?.unreadNotificationCount ?? 0;
  const title = <Typography.Text strong>{t('collab.notifications.title')}</Typography.Text>;
  const close = () => setOpen(false);
  const button = (
    <Button
      type="text"
      aria-label={t('collab.notifications.bell', { count })}
      data-testid="notification-bell"
      data-count={count}
      onClick={screens.md === false ? () => setOpen(true) : undefined}
      icon={
        <Badge count={count} overflowCount={99} size="small" title={badgeText(count)}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (screens.md === false)
    return (
      <>
        {button}
        <Drawer open={open} onClose={close} title={title} placement="right" size="100%" destroyOnHidden>
          <Latest onClose={close} />
        </Drawer>
      </>
    );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      destroyOnHidden
      title={title}
      content={
        <div style={{ width: 360 }}>
          <Latest onClose={close} />
        </div>
      }
    >
      {button}
    </Popover>
  );
}
