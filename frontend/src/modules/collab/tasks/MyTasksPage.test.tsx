import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';
import { operationOf, varsOf, type Body } from '../testing';

const task = {
  __typename: 'Activity',
  id: '41',
  kind: 'TASK',
  customerId: '7',
  customerName: 'Acme',
  subject: 'Call back about the quote',
  body: '',
  occurredAt: null,
  dueAt: '2025-03-01T10:00:00Z',
  remindAt: null,
  done: false,
  doneAt: null,
  assignee: { id: '3', displayName: 'Sam Lee' },
  createdBy: { id: '3', displayName: 'Sam Lee' },
  createdAt: '2025-03-01T08:00:00Z',
};

function server(permissions: string[], requests: Body[]) {
  const done = new Set<string>();
  return mockClient((body: Body) => {
    requests.push(body);
    switch (operationOf(body.query)) {
      case 'CollabMyTasks': {
        const filter = varsOf(body).filter;
        const nodes = filter === 'DONE' ? [...done].map(() => ({ ...task, done: true, doneAt: '2025-03-01T11:00:00Z' })) : done.size ? [] : [task];
        return { data: { myTasks: { edges: nodes.map((node) => ({ cursor: 'x', node })), pageInfo: { hasNextPage: false, endCursor: null } } } };
      }
      case 'CollabCompleteTask':
        done.add(String(varsOf(body).id));
        return { data: { completeTask: { ...task, done: true } } };
      case 'CollabUnreadCount':
        return { data: { unreadNotificationCount: 0 } };
      default:
        return { data: { me: { id: '3', username: 'sam', displayName: 'Sam Lee', permissions } } };
    }
  });
}

describe('my tasks', () => {
  beforeAll(async () => {
    await Promise.all([import('./MyTasksPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it("lists today's tasks in the browser's time zone, linked to their customer, and completes one", async () => {
    const requests: Body[] = [];
    renderAt('/tasks', routes, server(['customers.read', 'activities.read', 'activities.write'], requests));
    expect((await screen.findByTestId('task-subject-41')).textContent).toBe('Call back about the quote');
    expect(screen.getByTestId('task-customer-41').getAttribute('href')).toBe('/customers/7');
    const first = requests.find((r) => operationOf(r.query) === 'CollabMyTasks');
    expect(first?.variables).toMatchObject({ filter: 'TODAY', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });

    fireEvent.click(screen.getByTestId('task-done-41'));
    expect(await screen.findByTestId('tasks-empty')).toBeTruthy();

    fireEvent.click(screen.getByTestId('tasks-tab-done'));
    expect(await screen.findByTestId('task-41')).toBeTruthy();
    expect(requests.filter((r) => operationOf(r.query) === 'CollabMyTasks').map((r) => varsOf(r).filter)).toEqual(['TODAY', 'TODAY', 'DONE']);
  });

  it('is in the menu and opens only with activities.read', async () => {
    renderAt('/tasks', routes, server(['customers.read'], []));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.queryByTestId('nav-tasks')).toBeNull();
    // Everyone has notifications.
    expect(screen.getByTestId('nav-notifications')).toBeTruthy();
  });

  it('shows the menu entry to holders of activities.read', async () => {
    renderAt('/', routes, server(['activities.read'], []));
    expect(await screen.findByTestId('nav-tasks')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('notification-bell')).toBeTruthy());
  });
});
