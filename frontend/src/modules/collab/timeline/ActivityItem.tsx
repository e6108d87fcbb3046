import { App, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../lib/format';
import { actionError } from '../errors';
import { CommentBox } from './CommentBox';
import { isOverdue } from './due';
import type { ActivityData } from './entries';
import { KIND_COLORS, KIND_ICONS } from './kinds';
import { CollabAddCommentMutation, CollabDeleteActivityMutation } from './operations';
import { TaskCheck } from './TaskCheck';
import type { Rights } from './rights';

/** A note, call, meeting, email or task on the timeline, with its task box and a reply box. */
export function ActivityItem({ activity: a, rights, onChanged }: { activity: ActivityData; rights: Rights; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [replying, setReplying] = useState(false);
  const [, addComment] = useMutation(CollabAddCommentMutation);
  const [, remove] = useMutation(CollabDeleteActivityMutation);
  const isTask = a.kind === 'TASK';
  const mayDelete = rights.deleteAny || (rights.write && a.createdBy?.id === rights.meId);

  async function onDelete() {
    const result = await remove({ id: a.id });
    if (result.error) return void message.error(actionError(t, result.error));
    void message.success(t('collab.activity.deleted'));
    onChanged();
  }

  return (
    <Flex vertical gap={4} data-testid={`activity-${a.id}`}>
      <Flex gap={8} align="center" wrap>
        <Tag color={KIND_COLORS[a.kind]} icon={KIND_ICONS[a.kind]}>
          {t(`collab.kinds.${a.kind}`)}
        </Tag>
        {a.subject && (
          <Typography.Text strong delete={isTask && a.done} data-testid={`activity-subject-${a.id}`}>
            {a.subject}
          </Typography.Text>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('collab.timeline.by', { name: a.createdBy?.displayName ?? t('collab.someone') })} ·{' '}
        {formatDateTime(a.occurredAt ?? a.createdAt)}
      </Typography.Text>
      {a.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.body}</Typography.Paragraph>}
      {isTask && (
        <Flex gap={12} align="center" wrap>
          <TaskCheck task={a} disabled={!rights.write} onChanged={onChanged} />
          {a.dueAt && (
            <Tag color={isOverdue(a) ? 'red' : undefined} data-testid={`task-due-${a.id}`}>
              {t('collab.task.dueOn', { when: formatDateTime(a.dueAt) })}
            </Tag>
          )}
          {a.assignee && <Typography.Text type="secondary">{t('collab.task.for', { name: a.assignee.displayName })}</Typography.Text>}
        </Flex>
      )}
      <Flex gap={4}>
        {rights.write && (
          <Button size="small" type="link" onClick={() => setReplying((r) => !r)} data-testid={`activity-reply-${a.id}`}>
            {t('collab.comment.reply')}
          </Button>
        )}
        {mayDelete && (
          <Popconfirm
            title={t('collab.activity.confirmDelete')}
            okText={t('collab.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
            onConfirm={() => onDelete()}
          >
            <Button size="small" type="link" danger data-testid={`activity-delete-${a.id}`}>
              {t('collab.delete')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {replying && (
        <CommentBox
          customerId={a.customerId}
          testId={`reply-${a.id}`}
          submitLabel={t('collab.comment.send')}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            const result = await addComment({ input: { activityId: a.id, body } });
            if (!result.error) {
              setReplying(false);
              onChanged();
            }
            return result.error;
          }}
        />
      )}
    </Flex>
  );
}
