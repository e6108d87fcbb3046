import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TaskFilter } from '../../../graphql/graphql';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { TaskList } from './TaskList';

const FILTERS: TaskFilter[] = ['TODAY', 'OVERDUE', 'UPCOMING', 'DONE'];

function asFilter(value: string | null): TaskFilter {
  const upper = value?.toUpperCase();
  return FILTERS.find((f) => f === upper) ?? 'TODAY';
}

/** My tasks: today (including today's past-due), overdue, upcoming and done. The tab is in the URL. */
export default function MyTasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filter = asFilter(params.get('tab'));
  const canWrite = hasPerm(me.permissions, Perm.ACTIVITIES_WRITE);
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('collab.tasks.title')}
      </Typography.Title>
      <Tabs
        activeKey={filter}
        onChange={(key) => setParams({ tab: key.toLowerCase() }, { replace: true })}
        destroyOnHidden
        items={FILTERS.map((f) => ({
          key: f,
          label: <span data-testid={`tasks-tab-${f.toLowerCase()}`}>{t(`collab.tasks.tabs.${f}`)}</span>,
          children: <TaskList filter={f} canWrite={canWrite} />,
        }))}
      />
    </Flex>
  );
}
