import { afterEach, describe as group, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../lib/i18n';
import { badgeText, describe, target, type NotificationData } from './sentence';

function note(fields: Partial<NotificationData>): NotificationData {
  return {
    id: '1',
    kind: 'MENTION',
    actor: { id: '2', displayName: 'Mike Ma' },
    actorName: 'Mike Ma',
    customerId: '7',
    customerName: 'Acme',
    activityId: null,
    commentId: '9',
    excerpt: 'Please call @Sam Lee',
    subject: '',
    dueAt: null,
    count: 1,
    note: '',
    read: false,
    createdAt: '2025-03-01T08:00:00Z',
    ...fields,
  };
}

group('notification sentences', () => {
  afterEach(async () => setLanguage('en-US'));
  const t = i18n.t.bind(i18n);

  it('says who mentioned you where, with the excerpt below', () => {
    expect(describe(t, note({}))).toEqual({ text: 'Mike Ma mentioned you on Acme', detail: 'Please call @Sam Lee' });
  });

  it('names a task given to you and when it is due', () => {
    const { text, detail } = describe(t, note({ kind: 'TASK_ASSIGNED', subject: 'Send quote', dueAt: '2025-03-02T10:00:00Z' }));
    expect(text).toBe('Mike Ma gave you a task on Acme: Send quote');
    expect(detail).toMatch(/^Due /);
  });

  it('reminds of a task without an actor', () => {
    expect(describe(t, note({ kind: 'TASK_DUE', actor: null, actorName: '', subject: 'Send quote' })).text).toBe('Reminder: Send quote (Acme)');
  });

  it('falls back to generic words when names are missing', () => {
    expect(describe(t, note({ kind: 'ASSIGNMENT', actor: null, actorName: '', customerName: '' })).text).toBe('Someone assigned a customer to you');
    // The current display name stands in when the stored one is empty.
    expect(describe(t, note({ kind: 'ASSIGNMENT', actorName: '' })).text).toBe('Mike Ma assigned Acme to you');
  });

  it('says how many customers a bulk transfer moved, with its note', () => {
    const { text, detail } = describe(t, note({ kind: 'ASSIGNMENT', count: 3, note: 'Call before Friday' }));
    expect(text).toBe('Mike Ma assigned Acme and 2 more customers to you');
    expect(detail).toBe('Call before Friday');
  });

  it('speaks Chinese to a Chinese reader', async () => {
    await setLanguage('zh-CN');
    expect(describe(i18n.t.bind(i18n), note({})).text).toBe('Mike Ma 在 Acme 中提到了你');
  });

  it('leads to the comment or activity on the customer, or to the centre when there is none', () => {
    expect(target({ customerId: '7', commentId: '9', activityId: '4' })).toBe('/customers/7#comment-9');
    expect(target({ customerId: '7', commentId: null, activityId: '4' })).toBe('/customers/7#activity-4');
    expect(target({ customerId: '7', commentId: null, activityId: null })).toBe('/customers/7');
    expect(target({ customerId: null, commentId: null, activityId: null })).toBe('/notifications');
  });

  it('caps the badge at 99+', () => {
    expect(badgeText(5)).toBe('5');
    expect(badgeText(120)).toBe('99+');
  });
});
