import { Button, Empty, Flex, Spin, Timeline, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { useMe } from '../../auth/me';
import { ActivityItem } from './ActivityItem';
import { ChangeItem } from './ChangeItem';
import { CommentItem } from './CommentItem';
import { Composer } from './Composer';
import { isOverdue } from './due';
import type { Entry } from './entries';
import { CHANGE_ICON, COMMENT_ICON, KIND_COLORS, KIND_ICONS } from './kinds';
import { rightsOf } from './rights';
import { useFocusEntry } from './useFocusEntry';
import { useTimeline } from './useTimeline';

function dotColor(entry: Entry): string {
  if (entry.type === 'comment') return 'blue';
  if (entry.type === 'change') return 'gray';
  const a = entry.activity;
  if (a.kind === 'TASK') return a.done ? 'green' : isOverdue(a) ? 'red' : KIND_COLORS.TASK;
  return KIND_COLORS[a.kind];
}

function dotIcon(entry: Entry) {
  if (entry.type === 'comment') return COMMENT_ICON;
  if (entry.type === 'change') return CHANGE_ICON;
  return KIND_ICONS[entry.activity.kind];
}

/**
 * A customer's timeline (activities, comments and recorded changes, newest first) with a composer
 * for notes, calls, meetings, tasks and comments. Embedded in the customer detail page.
 */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const rights = rightsOf(me);
  const timeline = useTimeline(customerId);
  const refresh = () => void timeline.refresh();
  const { token } = theme.useToken();
  const focused = useFocusEntry(timeline.entries);

  // Comments on an activity name it by subject when that activity is loaded.
  const subjects = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of timeline.entries) if (e.type === 'activity') map.set(e.activity.id, e.activity.subject || t(`collab.kinds.${e.activity.kind}`));
    return map;
  }, [timeline.entries, t]);

  function body(entry: Entry) {
    if (entry.type === 'activity') return <ActivityItem activity={entry.activity} rights={rights} onChanged={refresh} />;
    if (entry.type === 'change') return <ChangeItem change={entry.change} />;
    const { activityId } = entry.comment;
    return (
      <CommentItem comment={entry.comment} onActivity={activityId ? subjects.get(activityId) : null} rights={rights} onChanged={refresh} />
    );
  }

  const focusStyle = { background: token.colorPrimaryBg, borderRadius: token.borderRadius, padding: 4 };
  const items = timeline.entries.map((entry) => ({
    key: entry.key,
    color: dotColor(entry),
    icon: dotIcon(entry),
    content: (
      // The anchor a notification links to (#comment-9), marked when it is the one opened.
      <div id={`entry-${entry.key}`} data-focused={entry.key === focused || undefined} style={entry.key === focused ? focusStyle : undefined}>
        {body(entry)}
      </div>
    ),
  }));

  const firstLoad = timeline.loading && timeline.entries.length === 0;
  return (
    // No heading of its own: the page embedding it titles the card it sits in.
    <Flex vertical gap={16} data-testid="timeline">
      {rights.write && <Composer customerId={customerId} onAdded={refresh} />}
      <FormAlert testId="timeline-error" type="error" message={timeline.error ? errorMessage(t, timeline.error) : null} />
      {firstLoad ? (
        <Spin />
      ) : items.length === 0 ? (
        !timeline.error && <Empty description={t('collab.timeline.empty')} data-testid="timeline-empty" />
      ) : (
        <Timeline items={items} />
      )}
      {timeline.hasMore && (
        <Button
          onClick={() => void timeline.loadMore()}
          loading={timeline.loading}
          data-testid="timeline-more"
          style={{ alignSelf: 'center' }}
        >
          {t('collab.timeline.more')}
        </Button>
      )}
    </Flex>
  );
}

export default CustomerTimeline;
