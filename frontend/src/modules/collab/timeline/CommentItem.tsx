import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../lib/format';
import { actionError } from '../errors';
import { CommentBox } from './CommentBox';
import { CommentText } from './CommentText';
import type { CommentData } from './entries';
import { CollabDeleteCommentMutation, CollabEditCommentMutation } from './operations';
import type { Rights } from './rights';

interface Props {
  comment: CommentData;
  /** The subject of the activity it answers, when that activity is loaded. */
  onActivity?: string | null;
  rights: Rights;
  onChanged: () => void;
}

/** A comment on the timeline; its author may edit or delete it. */
export function CommentItem({ comment: c, onActivity, rights, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [, edit] = useMutation(CollabEditCommentMutation);
  const [, remove] = useMutation(CollabDeleteCommentMutation);
  const mayEdit = c.mine && rights.write;
  const mayDelete = mayEdit || rights.deleteAny;

  async function onDelete() {
    const result = await remove({ id: c.id });
    if (result.error) return void message.error(actionError(t, result.error));
    void message.success(t('collab.comment.deleted'));
    onChanged();
  }

  return (
    <Flex vertical gap={4} data-testid={`comment-${c.id}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <Typography.Text strong>{c.author?.displayName ?? t('collab.someone')}</Typography.Text>
        {c.activityId && ` · ${onActivity ? t('collab.comment.onActivity', { subject: onActivity }) : t('collab.comment.onAnActivity')}`}
        {' · '}
        {formatDateTime(c.createdAt)}
        {c.editedAt && ` · ${t('collab.comment.edited')}`}
      </Typography.Text>
      {editing ? (
        <CommentBox
          customerId={c.customerId}
          initialBody={c.body}
          testId={`comment-edit-${c.id}`}
          submitLabel={t('common.save')}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const result = await edit({ id: c.id, body });
            if (!result.error) {
              setEditing(false);
              onChanged();
            }
            return result.error;
          }}
        />
      ) : (
        <CommentText body={c.body} testId={`comment-body-${c.id}`} />
      )}
      {!editing && (mayEdit || mayDelete) && (
        <Flex gap={4}>
          {mayEdit && (
            <Button size="small" type="link" onClick={() => setEditing(true)} data-testid={`comment-edit-${c.id}`}>
              {t('collab.edit')}
            </Button>
          )}
          {mayDelete && (
            <Popconfirm
              title={t('collab.comment.confirmDelete')}
              okText={t('collab.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
              onConfirm={() => onDelete()}
            >
              <Button size="small" type="link" danger data-testid={`comment-delete-${c.id}`}>
                {t('collab.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
    </Flex>
  );
}
