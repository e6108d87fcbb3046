import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';
import { operationOf, varsOf, type Body } from '../testing';

const mention = {
  __typename: 'Notification',
  id: '31',
  kind: 'MENTION',
  actor: { id: '2', displayName: 'Mike Ma' },
  actorName: 'Mike Ma',
  customerId: '7',
  customerName: 'Acme',
  activityId: null,
  commentId: '9',
  excerpt: 'Please call them @Sam Lee',
  subject: '',
  dueAt: null,
  read: false,
  createdAt: '2025-03-01T08:00:00Z',
};

function server(requests: Body[], state = { unread: 1 }) {
  return mockClient((body: Body) => {
    requests.push(body);
    switch (operationOf(body.query)) {
      case 'CollabUnreadCount':
        return { data: { unreadNotificationCount: state.unread } };
      case 'CollabNotifications':
        return {
          data: {
            notifications: {
              edges: [{ cursor: 'n1', node: { ...mention, read: state.unread === 0 } }],
              pageInfo: { hasNextPage: false, endCursor: 'n1' },
            },
          },
        };
      case 'CollabMarkRead':
        state.unread = 0;
        return { data: { markNotificationsRead: 1 } };
      default:
        return { data: { me: { id: '3', username: 'sam', displayName: 'Sam Lee', permissions: ['customers.read'] } } };
    }
  });
}

describe('notification bell', () => {
  beforeAll(async () => {
    await import('../../layout/AppLayout');
  }, 30000);

  it('shows the unread count, and opening a notification marks it read and opens its customer', async () => {
    const requests: Body[] = [];
    const { router } = renderAt('/', routes, server(requests));
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('1'));

    fireEvent.click(bell);
    const item = await screen.findByTestId('notification-open-31');
    expect(item.textContent).toContain('Mike Ma mentioned you on Acme');
    expect(item.textContent).toContain('Please call them @Sam Lee');

    fireEvent.click(item);
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers/7'));
    expect(router.state.location.hash).toBe('#comment-9');
    expect(varsOf(requests.find((r) => operationOf(r.query) === 'CollabMarkRead'))).toEqual({ ids: ['31'] });
    // Marking read refetches the count.
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('0'));
  });

  it('leads to the notification centre', async () => {
    const { router } = renderAt('/', routes, server([], { unread: 0 }));
    fireEvent.click(await screen.findByTestId('notification-bell'));
    fireEvent.click(await screen.findByTestId('bell-see-all'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/notifications'));
    expect(await screen.findByTestId('notification-31')).toBeTruthy();
    expect(screen.getByTestId('notification-31').getAttribute('data-read')).toBe('true');
  });
});
