import { BellOutlined, CheckSquareOutlined, ClockCircleOutlined, MessageOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Badge, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationKind } from '../../../graphql/graphql';
import { formatDateTime } from '../../../lib/format';
import { describe, type NotificationData } from './sentence';

const ICONS: Record<NotificationKind, ReactNode> = {
  MENTION: <MessageOutlined />,
  TASK_ASSIGNED: <CheckSquareOutlined />,
  TASK_DUE: <ClockCircleOutlined />,
  ASSIGNMENT: <UserSwitchOutlined />,
};

/** One notification as a clickable row: unread ones are marked with a dot and bold text. */
export function NotificationItem({ n, onOpen, extra }: { n: NotificationData; onOpen: () => void; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { text, detail } = describe(t, n);
  return (
    <Flex
      gap={12}
      align="start"
      style={{ padding: '8px 4px', cursor: 'pointer', width: '100%' }}
      data-testid={`notification-${n.id}`}
      data-read={n.read ? 'true' : 'false'}
    >
      <Flex
        role="button"
        tabIndex={0}
        gap={12}
        align="start"
        style={{ flex: 1, minWidth: 0 }}
        onClick={onOpen}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen();
          }
        }}
        data-testid={`notification-open-${n.id}`}
      >
        <Badge dot={!n.read} offset={[-2, 2]}>
          <span style={{ fontSize: 18, color: token.colorTextSecondary }}>{ICONS[n.kind] ?? <BellOutlined />}</span>
        </Badge>
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong={!n.read} style={{ overflowWrap: 'anywhere' }}>
            {text}
          </Typography.Text>
          {detail && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
              {detail}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(n.createdAt)}
          </Typography.Text>
        </Flex>
      </Flex>
      {extra}
    </Flex>
  );
}
