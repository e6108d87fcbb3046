import { CalendarOutlined, MoreOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Typography, theme } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../shared/format';
import { formatMoney } from '../shared/money';
import { isMoveKey, type MoveKey } from './moves';
import type { Card as CardData } from './useBoard';

type Props = {
  card: CardData;
  canMove: boolean;
  lifted: boolean;
  dragging: boolean;
  /** Other columns, for the "Move to…" menu: [column index, stage name]. */
  targets: [number, string][];
  onLift: () => void;
  onStep: (key: MoveKey) => void;
  onDrop: () => void;
  onCancel: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onMoveTo: (column: number) => void;
};

/**
 * A deal on the board. Focusable; with the keyboard, Space picks it up, the arrow keys move it,
 * Space or Enter drops it and Escape puts it back (instructions in `board-help`). Enter on a card
 * that is not picked up opens the deal.
 */
export function DealCard({ card, canMove, lifted, dragging, targets, onLift, onStep, onDrop, onCancel, onDragStart, onDragEnd, onMoveTo }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // Keys pressed on the link or the menu button inside are theirs.
    if (e.target !== e.currentTarget) return;
    if (lifted) {
      if (e.key === ' ' || e.key === 'Enter') onDrop();
      else if (e.key === 'Escape') onCancel();
      else if (isMoveKey(e.key)) onStep(e.key);
      else return;
      e.preventDefault();
      return;
    }
    if (e.key === ' ' && canMove) {
      e.preventDefault();
      onLift();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void navigate(`/deals/${card.id}`);
    }
  }

  return (
    <Card
      size="small"
      tabIndex={0}
      role="listitem"
      aria-roledescription={t('deals.board.cardRole')}
      aria-describedby={canMove ? 'board-help' : undefined}
      aria-label={card.title}
      aria-grabbed={canMove ? lifted : undefined}
      data-card-id={card.id}
      data-testid={`deal-card-${card.id}`}
      draggable={canMove}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', card.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      onKeyDown={onKeyDown}
      style={{
        cursor: canMove ? 'grab' : undefined,
        opacity: dragging ? 0.4 : 1,
        outline: lifted ? `2px solid ${token.colorPrimary}` : undefined,
        boxShadow: lifted ? token.boxShadowSecondary : undefined,
      }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={2}>
        <Flex justify="space-between" align="start" gap={4}>
          <Link to={`/deals/${card.id}`} data-testid={`deal-card-title-${card.id}`} draggable={false} style={{ fontWeight: 600, wordBreak: 'break-word' }}>
            {card.title}
          </Link>
          {canMove && targets.length > 0 && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'label', type: 'group', label: t('deals.board.moveTo') },
                  ...targets.map(([column, name]) => ({ key: String(column), label: <span data-testid={`move-to-${column}`}>{name}</span> })),
                ],
                onClick: ({ key }) => onMoveTo(Number(key)),
              }}
            >
              <Button
                type="text"
                size="small"
                icon={<MoreOutlined />}
                aria-label={t('deals.board.moveMenu', { title: card.title })}
                data-testid={`deal-card-menu-${card.id}`}
              />
            </Dropdown>
          )}
        </Flex>
        <Typography.Text type="secondary" ellipsis>
          {card.customer.name}
        </Typography.Text>
        <Typography.Text strong data-testid={`deal-card-amount-${card.id}`}>
          {formatMoney(card.amount, card.currency)}
        </Typography.Text>
        <Flex gap={12} wrap style={{ fontSize: 12, color: token.colorTextSecondary }}>
          {card.owner && (
            <span>
              <UserOutlined /> {card.owner.displayName}
            </span>
          )}
          {card.expectedCloseDate != null && (
            <span title={t('deals.fields.expectedCloseDate')}>
              <CalendarOutlined /> {formatDate(card.expectedCloseDate)}
            </span>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
