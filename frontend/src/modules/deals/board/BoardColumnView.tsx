import { Badge, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import { useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../shared/money';
import { KIND_COLORS } from '../shared/stages';
import { DealCard } from './DealCard';
import { dropIndex, type MoveKey, type Place } from './moves';
import type { BoardColumn } from './useBoard';

type Props = {
  column: BoardColumn;
  index: number;
  name: string;
  currency: string;
  width: number | string;
  canMove: boolean;
  lifted: string | null;
  dragging: string | null;
  /** Where a dragged card would land, to draw the drop line. */
  dropAt: Place | null;
  /** Every column's index and name, for the cards' "Move to…" menus. */
  names: [number, string][];
  onLift: (id: string) => void;
  onStep: (id: string, key: MoveKey) => void;
  onDrop: (id: string) => void;
  onCancel: (id: string) => void;
  onDragStart: (id: string) => void;
  onDragEnd: () => void;
  onDragOver: (place: Place | null) => void;
  onDragDrop: (place: Place) => void;
  onMoveTo: (id: string, column: number) => void;
};

/** One stage of the board: its name, count and totals, and its cards (a drop target while dragging). */
export function BoardColumnView(p: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const list = useRef<HTMLDivElement>(null);
  const { column } = p;

  function placeOf(e: DragEvent): Place {
    const cards = [...(list.current?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])].filter(
      (el) => el.dataset.cardId !== p.dragging,
    );
    const middles = cards.map((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    });
    return { column: p.index, index: dropIndex(middles, e.clientY) };
  }

  const line = <div aria-hidden style={{ height: 3, borderRadius: 2, background: token.colorPrimary }} data-testid="drop-line" />;
  const shown = column.cards.filter((c) => c.id !== p.dragging);
  const dropHere = p.dragging && p.dropAt?.column === p.index ? p.dropAt.index : -1;

  return (
    <section
      aria-labelledby={`column-title-${column.stageId}`}
      data-testid={`board-column-${column.stageId}`}
      style={{
        flex: `0 0 ${typeof p.width === 'number' ? `${p.width}px` : p.width}`,
        scrollSnapAlign: 'start',
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: 8,
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
      }}
    >
      <Flex vertical gap={2}>
        <Flex justify="space-between" align="center" gap={4}>
          <Typography.Text strong id={`column-title-${column.stageId}`} data-testid={`column-title-${column.stageId}`}>
            {p.name}
          </Typography.Text>
          <Flex gap={4} align="center">
            {column.stage.kind !== 'OPEN' && <Tag color={KIND_COLORS[column.stage.kind]}>{t(`deals.kinds.${column.stage.kind}`)}</Tag>}
            <Badge count={column.count} showZero color={token.colorTextTertiary} data-testid={`column-count-${column.stageId}`} />
          </Flex>
        </Flex>
        <Tooltip title={t('deals.board.weighted', { amount: formatMoney(column.weightedAmount, p.currency) })}>
          <Typography.Text type="secondary" data-testid={`column-amount-${column.stageId}`}>
            {formatMoney(column.amount, p.currency)}
          </Typography.Text>
        </Tooltip>
        {column.otherCurrencies.map((m) => (
          <Typography.Text key={m.currency} type="secondary" style={{ fontSize: 12 }}>
            + {formatMoney(m.amount, m.currency)}
          </Typography.Text>
        ))}
      </Flex>
      <div
        ref={list}
        role="list"
        aria-labelledby={`column-title-${column.stageId}`}
        data-testid={`column-cards-${column.stageId}`}
        onDragOver={(e) => {
          if (!p.dragging) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          p.onDragOver(placeOf(e));
        }}
        onDragLeave={(e) => {
          if (!list.current?.contains(e.relatedTarget as Node | null)) p.onDragOver(null);
        }}
        onDrop={(e) => {
          if (!p.dragging) return;
          e.preventDefault();
          p.onDragDrop(placeOf(e));
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 80, flex: 1 }}
      >
        {column.cards.map((card) => {
          const at = shown.indexOf(card);
          return (
            <div key={card.id} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {at >= 0 && at === dropHere && line}
              <DealCard
                card={card}
                canMove={p.canMove}
                lifted={p.lifted === card.id}
                dragging={p.dragging === card.id}
                targets={p.names.filter(([i]) => i !== p.index)}
                onLift={() => p.onLift(card.id)}
                onStep={(key) => p.onStep(card.id, key)}
                onDrop={() => p.onDrop(card.id)}
                onCancel={() => p.onCancel(card.id)}
                onDragStart={() => p.onDragStart(card.id)}
                onDragEnd={p.onDragEnd}
                onMoveTo={(to) => p.onMoveTo(card.id, to)}
              />
            </div>
          );
        })}
        {dropHere === shown.length && line}
        {column.cards.length === 0 && !p.dragging && (
          <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 16 }}>
            {t('deals.board.empty')}
          </Typography.Text>
        )}
        {column.hasMore && (
          <Link to={`/deals/list?stage=${column.stageId}`} data-testid={`column-more-${column.stageId}`}>
            {t('deals.board.more', { count: column.count - column.cards.length })}
          </Link>
        )}
      </div>
    </section>
  );
}
