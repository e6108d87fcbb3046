import {
  CalendarOutlined,
  CheckSquareOutlined,
  EditOutlined,
  HistoryOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { ActivityKind } from '../../../graphql/graphql';

export const KIND_ICONS: Record<ActivityKind, ReactNode> = {
  NOTE: <EditOutlined />,
  CALL: <PhoneOutlined />,
  MEETING: <CalendarOutlined />,
  EMAIL: <MailOutlined />,
  TASK: <CheckSquareOutlined />,
};

export const COMMENT_ICON = <MessageOutlined />;
export const CHANGE_ICON = <HistoryOutlined />;

export const KIND_COLORS: Record<ActivityKind, string> = {
  NOTE: 'gray',
  CALL: 'blue',
  MEETING: 'purple',
  EMAIL: 'cyan',
  TASK: 'orange',
};
