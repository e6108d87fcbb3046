import { App, Button, Card, Empty, Flex, List, Segmented, Switch, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { FormAlert } from '../../../components/FormAlert';
import { useFragment as unmask } from '../../../graphql';
import { errorMessage } from '../../../lib/errors';
import { actionError } from '../errors';
import { usePaged } from '../usePaged';
import { NotificationItem } from './NotificationItem';
import { CollabDigestQuery, CollabNotificationFields, CollabNotificationsQuery, CollabSetDigestMutation } from './operations';
import type { NotificationData } from './sentence';
import { useNotificationActions } from './useOpenNotification';

const PAGE_SIZE = 20;

function DigestSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ data }] = useQuery({ query: CollabDigestQuery });
  const [{ fetching }, setDigest] = useMutation(CollabSetDigestMutation);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const value = enabled ?? data?.notificationDigestEnabled ?? false;
  return (
    <Flex gap={8} align="center">
      <Switch
        checked={value}
        loading={fetching || !data}
        onChange={async (on) => {
          const result = await setDigest({ enabled: on });
          if (result.error) return void message.error(actionError(t, result.error));
          setEnabled(result.data?.setNotificationDigest ?? on);
        }}
        data-testid="digest-switch"
      />
      <Typography.Text>{t('collab.notifications.digest')}</Typography.Text>
    </Flex>
  );
}

/** The notification centre: all or unread notifications, mark read, mark all read, digest opt-in. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const client = useClient();
  const { read, readAll, open } = useNotificationActions();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const fetchPage = useCallback(
    async (first: number, after: string | null) => {
      const result = await client
        .query(CollabNotificationsQuery, { first, after, unreadOnly }, { requestPolicy: 'network-only' })
        .toPromise();
      const page = result.data?.notifications;
      return {
        items: page ? page.edges.map((e) => unmask(CollabNotificationFields, e.node)) : [],
        hasNext: page?.pageInfo.hasNextPage ?? false,
        endCursor: page?.pageInfo.endCursor ?? null,
        error: result.error,
      };
    },
    [client, unreadOnly],
  );
  const list = usePaged<NotificationData>(fetchPage, PAGE_SIZE);
  const anyUnread = list.items.some((n) => !n.read);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('collab.notifications.title')}
        </Typography.Title>
        <Button
          disabled={!anyUnread}
          onClick={async () => {
            if (await readAll()) void list.reload();
          }}
          data-testid="notifications-read-all"
        >
          {t('collab.notifications.markAllRead')}
        </Button>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
          options={[
            { value: 'all', label: <span data-testid="notifications-all">{t('collab.notifications.all')}</span> },
            { value: 'unread', label: <span data-testid="notifications-unread">{t('collab.notifications.unread')}</span> },
          ]}
        />
        <DigestSwitch />
      </Flex>
      <FormAlert testId="notifications-error" type="error" message={list.error ? errorMessage(t, list.error) : null} />
      <Card size="small" styles={{ body: { paddingBlock: 0 } }}>
        <List<NotificationData>
          loading={list.loading && list.items.length === 0}
          dataSource={list.items}
          locale={{ emptyText: <Empty description={t(unreadOnly ? 'collab.notifications.noUnread' : 'collab.notifications.empty')} /> }}
          renderItem={(n) => (
            <List.Item key={n.id} style={{ paddingInline: 0 }}>
              <NotificationItem
                n={n}
                onOpen={() => void open(n)}
                extra={
                  !n.read && (
                    <Button
                      size="small"
                      type="link"
                      onClick={async () => {
                        if (await read([n.id])) void list.reload();
                      }}
                      data-testid={`notification-read-${n.id}`}
                    >
                      {t('collab.notifications.markRead')}
                    </Button>
                  )
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {list.hasMore && (
        <Button onClick={() => void list.loadMore()} loading={list.loading} style={{ alignSelf: 'center' }} data-testid="notifications-more">
          {t('collab.more')}
        </Button>
      )}
    </Flex>
  );
}
