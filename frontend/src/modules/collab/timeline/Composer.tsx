import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ActivityKind } from '../../../graphql/graphql';
import { ActivityForm } from './ActivityForm';
import { CommentBox } from './CommentBox';
import { CollabAddCommentMutation } from './operations';

const KINDS: ActivityKind[] = ['NOTE', 'CALL', 'MEETING', 'TASK'];

/** What can be added to a customer's timeline: a note, call, meeting, task or comment. */
export function Composer({ customerId, onAdded }: { customerId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [, addComment] = useMutation(CollabAddCommentMutation);
  const items = [
    ...KINDS.map((kind) => ({
      key: kind,
      label: <span data-testid={`composer-tab-${kind.toLowerCase()}`}>{t(`collab.kinds.${kind}`)}</span>,
      children: <ActivityForm customerId={customerId} kind={kind} onLogged={onAdded} />,
    })),
    {
      key: 'COMMENT',
      label: <span data-testid="composer-tab-comment">{t('collab.comment.tab')}</span>,
      children: (
        <CommentBox
          customerId={customerId}
          testId="comment"
          submitLabel={t('collab.comment.send')}
          onSubmit={async (body) => {
            const result = await addComment({ input: { customerId, body } });
            if (!result.error) onAdded();
            return result.error;
          }}
        />
      ),
    },
  ];
  return (
    <Card size="small" data-testid="timeline-composer">
      {/* Each tab keeps its own draft while the user switches between them. */}
      <Tabs items={items} size="small" />
    </Card>
  );
}
