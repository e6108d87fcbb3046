import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { DealFilterInput, DealsBoardQuery } from '../../../graphql/graphql';
import { DealsBoardQuery as BoardDoc, DealsMoveDealMutation } from '../operations/board';
import { dealError } from '../shared/errors';
import { stageName } from '../shared/stages';
import { findCard, keyTarget, moveCard, neighbours, samePlace, type Column, type MoveKey, type Place } from './moves';

export const PER_COLUMN = 50;

type Board = DealsBoardQuery['dealBoard'];
type ColumnData = Board['columns'][number];
export type Card = ColumnData['deals'][number];
export type BoardColumn = Column<Card> & Omit<ColumnData, 'deals'>;

/** A move waiting for the lost reason the server needs. */
export type LostPrompt = { card: Card; stageName: string; before: BoardColumn[]; after: BoardColumn[] };

function toColumns(board: Board): BoardColumn[] {
  return board.columns.map(({ deals, ...rest }) => ({ ...rest, stageId: rest.stage.id, cards: deals }));
}

/**
 * The board's columns and every way of moving a card: drag and drop, the keyboard (lift, arrows,
 * drop, cancel) and the "Move to…" menu. Moves show at once and go to the server with the card's
 * new neighbour; a refusal puts the board back as it was. `announce` is for the aria-live region.
 */
export function useBoard(pipelineId: string | null, filter: DealFilterInput | null) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: BoardDoc,
    variables: { pipelineId, filter, perColumn: PER_COLUMN },
    requestPolicy: 'cache-and-network',
  });
  const [, move] = useMutation(DealsMoveDealMutation);
  const [columns, setColumns] = useState<BoardColumn[]>([]);
  const [lifted, setLifted] = useState<{ id: string; before: BoardColumn[] } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<Place | null>(null);
  const [lostPrompt, setLostPrompt] = useState<LostPrompt | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);

  // Fresh server data wins over anything shown optimistically.
  useEffect(() => {
    if (!data) return;
    setColumns(toColumns(data.dealBoard));
    setLifted(null);
  }, [data]);

  // A card that changed column is a new element: give it the focus back.
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    const el = document.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
    if (el) {
      el.focus();
      focusNext.current = null;
    }
  });

  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const describe = useCallback(
    (cols: readonly BoardColumn[], id: string) => {
      const at = findCard(cols, id);
      if (!at) return null;
      const column = cols[at.column];
      return {
        card: column.cards[at.index],
        stage: stageName(column.stage, i18n.language),
        position: at.index + 1,
        total: column.cards.length,
        at,
      };
    },
    [i18n.language],
  );

  const send = useCallback(
    async (id: string, before: BoardColumn[], after: BoardColumn[], lostReason?: string) => {
      const to = describe(after, id);
      if (!to) return;
      setColumns(after);
      focusNext.current = id;
      const input = { id, stageId: after[to.at.column].stageId, ...neighbours(after[to.at.column].cards, id), lostReason };
      const result = await move({ input });
      if (result.error) {
        setColumns(before);
        focusNext.current = id;
        const reason = dealError(t, result.error);
        setAnnouncement(t('deals.board.failed', { title: to.card.title, reason }));
        void message.error(reason);
        refetch();
        return;
      }
      setAnnouncement(t('deals.board.dropped', { title: to.card.title, stage: to.stage, position: to.position }));
      // The mutation's Deal result makes urql refetch the board, which brings the new totals.
    },
    [describe, move, t, message, refetch],
  );

  /** Sends a finished move, first asking why when the card enters a lost stage. */
  const commit = useCallback(
    (id: string, before: BoardColumn[], after: BoardColumn[]) => {
      const from = findCard(before, id);
      const to = describe(after, id);
      if (!from || !to) return;
      if (samePlace(from, to.at) && before[from.column].stageId === after[to.at.column].stageId) {
        setColumns(before);
        focusNext.current = id;
        setAnnouncement(t('deals.board.unchanged', { title: to.card.title }));
        return;
      }
      const target = after[to.at.column];
      if (target.stage.kind === 'LOST' && before[from.column].stageId !== target.stageId) {
        setColumns(after);
        setLostPrompt({ card: to.card, stageName: to.stage, before, after });
        return;
      }
      void send(id, before, after);
    },
    [describe, send, t],
  );

  const keyboard = useMemo(
    () => ({
      lifted: lifted?.id ?? null,
      lift(id: string) {
        const where = describe(columns, id);
        if (!where) return;
        setLifted({ id, before: columns });
        setAnnouncement(t('deals.board.lifted', { title: where.card.title, stage: where.stage, position: where.position, total: where.total }));
      },
      step(id: string, key: MoveKey) {
        if (lifted?.id !== id) return;
        const at = findCard(columns, id);
        const target = at && keyTarget(columns, at, key);
        if (!target) return;
        const next = moveCard(columns, id, target);
        setColumns(next);
        focusNext.current = id;
        const where = describe(next, id);
        if (where) setAnnouncement(t('deals.board.over', { title: where.card.title, stage: where.stage, position: where.position, total: where.total }));
      },
      drop(id: string) {
        if (lifted?.id !== id) return;
        setLifted(null);
        commit(id, lifted.before, columns);
      },
      cancel(id: string) {
        if (lifted?.id !== id) return;
        setColumns(lifted.before);
        setLifted(null);
        focusNext.current = id;
        const where = describe(lifted.before, id);
        if (where) setAnnouncement(t('deals.board.cancelled', { title: where.card.title }));
      },
    }),
    [lifted, columns, describe, commit, t],
  );

  const drag = {
    dragging,
    dropAt,
    start(id: string) {
      setDragging(id);
      setDropAt(null);
    },
    over(place: Place | null) {
      setDropAt((old) => (old === place || (old && place && samePlace(old, place)) ? old : place));
    },
    end() {
      setDragging(null);
      setDropAt(null);
    },
    drop(place: Place) {
      const id = dragging;
      setDragging(null);
      setDropAt(null);
      if (!id) return;
      commit(id, columns, moveCard(columns, id, place));
    },
  };

  /** "Move to…": the top of another column. */
  function moveTo(id: string, column: number) {
    commit(id, columns, moveCard(columns, id, { column, index: 0 }));
  }

  const lost = {
    prompt: lostPrompt,
    confirm(reason: string) {
      if (!lostPrompt) return;
      setLostPrompt(null);
      void send(lostPrompt.card.id, lostPrompt.before, lostPrompt.after, reason);
    },
    cancel() {
      if (!lostPrompt) return;
      setColumns(lostPrompt.before);
      focusNext.current = lostPrompt.card.id;
      setAnnouncement(t('deals.board.cancelled', { title: lostPrompt.card.title }));
      setLostPrompt(null);
    },
  };

  return {
    board: data?.dealBoard ?? null,
    columns,
    error,
    loading: fetching && !data,
    refetch,
    keyboard,
    drag,
    moveTo,
    lost,
    announcement,
  };
}
