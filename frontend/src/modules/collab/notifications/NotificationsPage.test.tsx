import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';
import { operationOf, varsOf, type Body } from '../testing';

function notification(id: string, read: boolean) {
  return {
    __typename: 'Notification',
    id,
    kind: 'TASK_ASSIGNED',
    actor: { id: '2', displayName: 'Mike Ma' },
    actorName: 'Mike Ma',
    customerId: '7',
    customerName: 'Acme',
    activityId: '5',
    commentId: null,
    excerpt: '',
    subject: 'Send quote',
    dueAt: null,
    read,
    createdAt: '2025-03-01T08:00:00Z',
  };
}

function server(requests: Body[]) {
  const state = { read: new Set<string>(), digest: false };
  return mockClient((body: Body) => {
    requests.push(body);
    switch (operationOf(body.query)) {
      case 'CollabNotifications': {
        const all = ['52', '51'].map((id) => notification(id, state.read.has(id)));
        const nodes = varsOf(body).unreadOnly ? all.filter((n) => !n.read) : all;
        return { data: { notifications: { edges: nodes.map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: false, endCursor: null } } } };
      }
      case 'CollabUnreadCount':
        return { data: { unreadNotificationCount: 2 - state.read.size } };
      case 'CollabMarkRead':
        (varsOf(body).ids as string[]).forEach((id) => state.read.add(id));
        return { data: { markNotificationsRead: 1 } };
      case 'CollabMarkAllRead':
        ['51', '52'].forEach((id) => state.read.add(id));
        return { data: { markAllNotificationsRead: 2 } };
      case 'CollabDigest':
        return { data: { notificationDigestEnabled: state.digest } };
      case 'CollabSetDigest':
        state.digest = Boolean(varsOf(body).enabled);
        return { data: { setNotificationDigest: state.digest } };
      default:
        return { data: { me: { id: '3', username: 'sam', displayName: 'Sam Lee', permissions: [] } } };
    }
  });
}

describe('notification centre', () => {
  beforeAll(async () => {
    await Promise.all([import('./NotificationsPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('marks one read, then all, and filters to unread', async () => {
    const requests: Body[] = [];
    renderAt('/notifications', routes, server(requests));
    expect((await screen.findByTestId('notification-52')).textContent).toContain('Mike Ma gave you a task on Acme: Send quote');

    fireEvent.click(screen.getByTestId('notification-read-52'));
    await waitFor(() => expect(screen.getByTestId('notification-52').getAttribute('data-read')).toBe('true'));
    expect(screen.queryByTestId('notification-read-52')).toBeNull();

    fireEvent.click(screen.getByTestId('notifications-unread'));
    await waitFor(() => {
      expect(screen.getByTestId('notification-51')).toBeTruthy();
      expect(screen.queryByTestId('notification-52')).toBeNull();
    });

    fireEvent.click(screen.getByTestId('notifications-read-all'));
    await waitFor(() => expect(screen.queryByTestId('notification-51')).toBeNull());
    expect(requests.some((r) => operationOf(r.query) === 'CollabMarkAllRead')).toBe(true);
  });

  it('turns the daily digest on', async () => {
    const requests: Body[] = [];
    renderAt('/notifications', routes, server(requests));
    const digest = await screen.findByTestId('digest-switch');
    await waitFor(() => expect(digest.getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(digest);
    await waitFor(() => expect(digest.getAttribute('aria-checked')).toBe('true'));
    expect(varsOf(requests.find((r) => operationOf(r.query) === 'CollabSetDigest'))).toEqual({ enabled: true });
  });
});
