import { App, Button, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { DealsTimelineQuery } from '../../../graphql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useKeysetList, type FetchPage } from '../../crm/shared/useKeysetList';
import { DealsLinkActivityMutation, DealsTimelineQuery as TimelineDoc } from '../operations/deals';
import { dealError } from '../shared/errors';
import { KIND_COLORS, stageName } from '../shared/stages';
import { changeText } from './timelineText';

type Edge = DealsTimelineQuery['dealTimeline']['edges'][number];

const PAGE = 20;

function Entry({ edge, onUnlink }: { edge: Edge; onUnlink?: (activityId: string) => void }) {
  const { t, i18n } = useTranslation();
  const n = edge.node;
  const when = formatDateTime(edge.at);
  if (n.__typename === 'DealStageMove') {
    const who = n.actor?.displayName ?? t('deals.timeline.someone');
    return (
      <Flex vertical gap={2} data-testid={`timeline-move-${n.id}`}>
        <Flex gap={4} align="center" wrap>
          {n.fromStage ? (
            <>
              <Tag color={KIND_COLORS[n.fromStage.kind]}>{stageName(n.fromStage, i18n.language)}</Tag>→
            </>
          ) : (
            <Typography.Text>{t('deals.timeline.createdIn')}</Typography.Text>
          )}
          <Tag color={KIND_COLORS[n.toStage.kind]}>{stageName(n.toStage, i18n.language)}</Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {who} · {when}
        </Typography.Text>
      </Flex>
    );
  }
  if (n.__typename === 'DealChange') {
    const who = n.actor?.displayName ?? (n.actorLabel || t('deals.timeline.someone'));
    return (
      <Flex vertical gap={2} data-testid={`timeline-change-${n.id}`}>
        <Typography.Text>{changeText(t, n.action, n.fields)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {who} · {when}
        </Typography.Text>
      </Flex>
    );
  }
  if (n.__typename === 'Activity') {
    return (
      <Flex vertical gap={2} data-testid={`timeline-activity-${n.id}`}>
        <Flex gap={8} align="center" wrap>
          <Tag>{t(`deals.activityKinds.${n.kind}`)}</Tag>
          {n.subject && <Typography.Text strong delete={n.kind === 'TASK' && n.done}>{n.subject}</Typography.Text>}
          {onUnlink && (
            <Button type="link" size="small" onClick={() => onUnlink(n.id)} data-testid={`unlink-activity-${n.id}`}>
              {t('deals.link.unlink')}
            </Button>
          )}
        </Flex>
        {n.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} ellipsis={{ rows: 4, expandable: true }}>{n.body}</Typography.Paragraph>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n.createdBy?.displayName ?? t('deals.timeline.someone')} · {when}
        </Typography.Text>
      </Flex>
    );
  }
  return null;
}

type Props = { dealId: string; version: number; canUnlink: boolean };

/**
 * A deal's activities, stage moves and recorded changes, newest first, a page at a time. Linked
 * activities can be unlinked (they stay on the customer's timeline).
 */
export function DealTimeline({ dealId, version, canUnlink }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const [, link] = useMutation(DealsLinkActivityMutation);
  const fetchPage = useCallback<FetchPage<Edge>>(
    async (after) => {
      const result = await client.query(TimelineDoc, { dealId, first: PAGE, after }, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) return { error: result.error };
      const { edges, pageInfo } = result.data.dealTimeline;
      return { page: { nodes: edges, endCursor: pageInfo.endCursor ?? null, hasNext: pageInfo.hasNextPage, total: 0 } };
    },
    // `version` changes after an edit of the deal: the timeline reloads.
    [client, dealId, version],
  );
  const list = useKeysetList(fetchPage);

  async function unlink(activityId: string) {
    const result = await link({ activityId, dealId: null });
    if (result.error) return void message.error(dealError(t, result.error));
    void message.success(t('deals.link.unlinked'));
    list.reload();
  }

  return (
    <Flex vertical gap={8} data-testid="deal-timeline">
      <FormError message={list.error ? errorMessage(t, list.error) : null} />
      {list.rows.length === 0 && !list.loading && !list.error && <Empty description={t('deals.timeline.empty')} />}
      <Timeline items={list.rows.map((edge) => ({ key: edge.cursor, content: <Entry edge={edge} onUnlink={canUnlink ? unlink : undefined} /> }))} />
      {list.hasNext && (
        <Button loading={list.loading} onClick={list.loadMore} data-testid="timeline-more" style={{ alignSelf: 'start' }}>
          {t('deals.timeline.more')}
        </Button>
      )}
    </Flex>
  );
}
