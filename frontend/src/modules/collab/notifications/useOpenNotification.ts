import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { actionError } from '../errors';
import { CollabMarkAllReadMutation, CollabMarkReadMutation } from './operations';
import { target, type NotificationData } from './sentence';

// Marking read changes no object the client holds; naming the type makes urql refetch whatever
// shows notifications (the bell's count declares it too).
export const NOTIFICATION_CONTEXT = { additionalTypenames: ['Notification'] };

/** Mark notifications read, and open one: marked read, then its customer. */
export function useNotificationActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [, markRead] = useMutation(CollabMarkReadMutation);
  const [, markAll] = useMutation(CollabMarkAllReadMutation);

  async function read(ids: string[]): Promise<boolean> {
    const result = await markRead({ ids }, NOTIFICATION_CONTEXT);
    if (result.error) void message.error(actionError(t, result.error));
    return !result.error;
  }

  async function readAll(): Promise<boolean> {
    const result = await markAll({}, NOTIFICATION_CONTEXT);
    if (result.error) void message.error(actionError(t, result.error));
    return !result.error;
  }

  async function open(n: NotificationData): Promise<void> {
    if (!n.read) await read([n.id]);
    navigate(target(n));
  }

  return { read, readAll, open };
}
