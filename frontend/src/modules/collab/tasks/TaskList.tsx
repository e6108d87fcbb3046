import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { FormAlert } from '../../../components/FormAlert';
import { useFragment as unmask } from '../../../graphql';
import type { TaskFilter } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { browserTimeZone, isOverdue } from '../timeline/due';
import type { ActivityData } from '../timeline/entries';
import { CollabActivityFields } from '../timeline/operations';
import { TaskCheck } from '../timeline/TaskCheck';
import { usePaged } from '../usePaged';
import { CollabMyTasksQuery } from './operations';

const PAGE_SIZE = 50;

/** One tab of My tasks: the tasks assigned to me in `filter`, each linking to its customer. */
export function TaskList({ filter, canWrite }: { filter: TaskFilter; canWrite: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const read = useCallback(
    async (first: number, after: string | null) => {
      const result = await client
        .query(CollabMyTasksQuery, { filter, first, after, timeZone: browserTimeZone() }, { requestPolicy: 'network-only' })
        .toPromise();
      const page = result.data?.myTasks;
      return {
        items: page ? page.edges.map((e) => unmask(CollabActivityFields, e.node)) : [],
        hasNext: page?.pageInfo.hasNextPage ?? false,
        endCursor: page?.pageInfo.endCursor ?? null,
        error: result.error,
      };
    },
    [client, filter],
  );
  const list = usePaged<ActivityData>(read, PAGE_SIZE);

  return (
    <Flex vertical gap={12}>
      <FormAlert testId="tasks-error" type="error" message={list.error ? errorMessage(t, list.error) : null} />
      <List<ActivityData>
        loading={list.loading && list.items.length === 0}
        dataSource={list.items}
        locale={{ emptyText: <Empty description={t(`collab.tasks.empty.${filter}`)} data-testid="tasks-empty" /> }}
        renderItem={(task) => (
          <List.Item key={task.id} style={{ paddingInline: 0 }}>
            <Card size="small" style={{ width: '100%' }} data-testid={`task-${task.id}`}>
              <Flex vertical gap={4}>
                <Flex justify="space-between" align="start" gap={8} wrap>
                  <Typography.Text strong delete={task.done} data-testid={`task-subject-${task.id}`}>
                    {task.subject}
                  </Typography.Text>
                  <TaskCheck task={task} disabled={!canWrite} onChanged={() => void list.reload()} />
                </Flex>
                <Flex gap={8} wrap align="center">
                  <Link to={`/customers/${task.customerId}`} data-testid={`task-customer-${task.id}`}>
                    {task.customerName}
                  </Link>
                  {task.done && task.doneAt ? (
                    <Tag color="green">{t('collab.task.doneOn', { when: formatDateTime(task.doneAt) })}</Tag>
                  ) : task.dueAt ? (
                    <Tag color={isOverdue(task) ? 'red' : undefined}>{t('collab.task.dueOn', { when: formatDateTime(task.dueAt) })}</Tag>
                  ) : (
                    <Tag>{t('collab.task.noDue')}</Tag>
                  )}
                </Flex>
                {task.body && (
                  <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }} ellipsis={{ rows: 3 }}>
                    {task.body}
                  </Typography.Paragraph>
                )}
              </Flex>
            </Card>
          </List.Item>
        )}
      />
      {list.hasMore && (
        <Button onClick={() => void list.loadMore()} loading={list.loading} style={{ alignSelf: 'center' }} data-testid="tasks-more">
          {t('collab.more')}
        </Button>
      )}
    </Flex>
  );
}
