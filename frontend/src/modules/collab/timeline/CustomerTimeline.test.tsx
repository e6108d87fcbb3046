import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockClient, renderAt } from '../../../test/render';
import { AsUser, meWith, operationOf, varsOf, type Body } from '../testing';
import { CustomerTimeline } from './CustomerTimeline';

const activity = {
  __typename: 'Activity',
  id: '11',
  kind: 'TASK',
  customerId: '7',
  customerName: 'Acme',
  subject: 'Send the quote',
  body: '',
  occurredAt: null,
  dueAt: '2030-01-01T10:00:00Z',
  remindAt: null,
  done: false,
  doneAt: null,
  assignee: { id: '1', displayName: 'Mike Ma' },
  createdBy: { id: '1', displayName: 'Mike Ma' },
  createdAt: '2025-03-01T08:00:00Z',
};
const comment = {
  __typename: 'Comment',
  id: '11',
  customerId: '7',
  activityId: '11',
  body: 'Ask @[Sam Lee](user:3) first',
  mentions: [{ id: '3', displayName: 'Sam Lee' }],
  author: { id: '1', displayName: 'Mike Ma' },
  mine: true,
  createdAt: '2025-03-01T09:00:00Z',
  editedAt: null,
};
const change = { __typename: 'CustomerChange', id: '5', action: 'customer.updated', actor: null, actorLabel: 'sam', at: '2025-03-01T07:00:00Z', fields: ['stage', 'phones'] };
const older = { ...change, id: '4', action: 'customer.created', fields: [] };

function server(requests: Body[]) {
  return mockClient((body: Body) => {
    requests.push(body);
    const op = operationOf(body.query);
    if (op === 'CollabTimeline') {
      const after = varsOf(body).after;
      const nodes = after ? [older] : [comment, activity, change];
      return {
        data: {
          customerTimeline: {
            edges: nodes.map((node, i) => ({ cursor: `${after ?? 'p1'}-${i}`, at: '2025-03-01T09:00:00Z', node })),
            pageInfo: { hasNextPage: !after, endCursor: after ? 'p2-0' : 'p1-2' },
          },
        },
      };
    }
    if (op === 'CollabCompleteTask') return { data: { completeTask: { ...activity, done: true } } };
    return { data: {} };
  });
}

function show(permissions: string[], requests: Body[] = []) {
  const routes = [{ path: '/c', element: <AsUser me={meWith(permissions)}><CustomerTimeline customerId="7" /></AsUser> }];
  return renderAt('/c', routes, server(requests));
}

describe('customer timeline', () => {
  beforeAll(async () => {
    await import('antd');
  }, 30000);

  it('shows activities, comments with highlighted mentions and changes by field name', async () => {
    show(['customers.read', 'activities.read', 'activities.write']);
    expect((await screen.findByTestId('activity-subject-11')).textContent).toBe('Send the quote');
    expect(screen.getByTestId('mention-3').textContent).toBe('@Sam Lee');
    expect(screen.getByTestId('comment-body-11').textContent).toBe('Ask @Sam Lee first');
    // The comment names the task it answers.
    expect(screen.getByTestId('comment-11').textContent).toContain('on “Send the quote”');
    expect(screen.getByTestId('change-5').textContent).toContain('sam changed: stage, phones');
    expect(screen.getByTestId('timeline-composer')).toBeTruthy();
    expect(screen.getByTestId('comment-edit-11')).toBeTruthy();
  });

  it('offers no composer, task box or edits to a reader without activities.write', async () => {
    show(['customers.read', 'activities.read']);
    await screen.findByTestId('activity-11');
    expect(screen.queryByTestId('timeline-composer')).toBeNull();
    expect(screen.queryByTestId('comment-edit-11')).toBeNull();
    expect(screen.queryByTestId('activity-reply-11')).toBeNull();
    expect((screen.getByTestId('task-done-11') as HTMLInputElement).disabled).toBe(true);
  });

  it('loads older entries after the loaded ones', async () => {
    const requests: Body[] = [];
    show(['customers.read', 'activities.read'], requests);
    fireEvent.click(await screen.findByTestId('timeline-more'));
    expect((await screen.findByTestId('change-4')).textContent).toContain('created the customer');
    expect(requests.filter((r) => operationOf(r.query) === 'CollabTimeline').map((r) => varsOf(r).after)).toEqual([null, 'p1-2']);
    await waitFor(() => expect(screen.queryByTestId('timeline-more')).toBeNull());
  });

  it('completes a task from its box and reads the timeline again', async () => {
    const requests: Body[] = [];
    show(['customers.read', 'activities.read', 'activities.write'], requests);
    fireEvent.click(await screen.findByTestId('task-done-11'));
    await waitFor(() => expect(requests.some((r) => operationOf(r.query) === 'CollabCompleteTask')).toBe(true));
    const complete = requests.find((r) => operationOf(r.query) === 'CollabCompleteTask');
    expect(complete?.variables).toEqual({ id: '11', done: true });
    await waitFor(() => expect(requests.filter((r) => operationOf(r.query) === 'CollabTimeline').length).toBe(2));
  });
});

describe('customer timeline opened from a notification', () => {
  it('marks the comment the link points at', async () => {
    const routes = [{ path: '/c', element: <AsUser me={meWith(['activities.read'])}><CustomerTimeline customerId="7" /></AsUser> }];
    renderAt('/c#comment-11', routes, server([]));
    await screen.findByTestId('comment-11');
    await waitFor(() => expect(document.getElementById('entry-Comment:11')?.getAttribute('data-focused')).toBe('true'));
    expect(document.getElementById('entry-Activity:11')?.getAttribute('data-focused')).toBeNull();
  });
});
