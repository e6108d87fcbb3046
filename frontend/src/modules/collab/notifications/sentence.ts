import type { TFunction } from 'i18next';
import type { CollabNotificationFieldsFragment } from '../../../graphql/graphql';
import { formatDateTime } from '../../../lib/format';

export type NotificationData = CollabNotificationFieldsFragment;

/**
 * A notification in the reader's language, built from its kind and display fields (the server
 * sends no sentence): the line itself, and a detail under it (the comment excerpt, a due time).
 */
export function describe(t: TFunction, n: NotificationData): { text: string; detail: string } {
  const actor = n.actorName || n.actor?.displayName || t('collab.someone');
  const customer = n.customerName || t('collab.notifications.aCustomer');
  const due = n.dueAt ? t('collab.task.dueOn', { when: formatDateTime(n.dueAt) }) : '';
  switch (n.kind) {
    case 'MENTION':
      return { text: t('collab.notifications.kinds.MENTION', { actor, customer }), detail: n.excerpt };
    case 'TASK_ASSIGNED':
      return { text: t('collab.notifications.kinds.TASK_ASSIGNED', { actor, customer, subject: n.subject }), detail: due };
    case 'TASK_DUE':
      return { text: t('collab.notifications.kinds.TASK_DUE', { customer, subject: n.subject }), detail: due };
    case 'ASSIGNMENT':
      // A bulk transfer sends one notification naming the first customer and how many moved.
      return n.count > 1
        ? { text: t('collab.notifications.kinds.ASSIGNMENT_MANY', { actor, customer, others: n.count - 1 }), detail: n.note }
        : { text: t('collab.notifications.kinds.ASSIGNMENT', { actor, customer }), detail: n.note };
    default:
      // A kind this version of the app does not know yet.
      return { text: t('collab.notifications.kinds.OTHER', { customer }), detail: '' };
  }
}

/**
 * Where a notification leads: its customer's page (its fragment naming the comment or activity, for
 * the timeline to scroll to), or the notification centre.
 */
export function target(n: Pick<NotificationData, 'customerId' | 'commentId' | 'activityId'>): string {
  if (!n.customerId) return '/notifications';
  const anchor = n.commentId ? `#comment-${n.commentId}` : n.activityId ? `#activity-${n.activityId}` : '';
  return `/customers/${n.customerId}${anchor}`;
}

/** The unread count as a badge shows it. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}
