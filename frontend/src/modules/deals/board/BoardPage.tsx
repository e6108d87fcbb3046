import { SearchOutlined } from '@ant-design/icons';
import { Alert, App, Checkbox, Flex, Grid, Input, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { DealDrawer } from '../form/DealDrawer';
import { DealsHeader } from '../shared/DealsHeader';
import { stageName, usePipelines } from '../shared/stages';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import { BoardColumnView } from './BoardColumnView';
import { LostReasonModal } from './LostReasonModal';
import { useBoard } from './useBoard';

/** The kanban board of a pipeline: one column per stage, cards moved by mouse, keyboard or menu. */
export default function BoardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [params, setParams] = useSearchParams();
  const { pipelines } = usePipelines();
  const pipelineId = params.get('pipeline');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [mine, setMine] = useState(false);
  const [creating, setCreating] = useState(false);
  const canWrite = hasPerm(me.permissions, Perm.DEALS_WRITE);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const filter = useMemo(
    () => (search || mine ? { search: search || null, ownerIds: mine ? [me.id] : null } : null),
    [search, mine, me.id],
  );
  const b = useBoard(pipelineId, filter);
  const names = b.columns.map((c, i): [number, string] => [i, stageName(c.stage, i18n.language)]);

  function jumpTo(stageId: string) {
    document.querySelector(`[data-testid="board-column-${stageId}"]`)?.scrollIntoView({ behavior: 'smooth', inline: 'start', block: 'nearest' });
  }

  return (
    <Flex vertical gap={12}>
      <DealsHeader view="board" onCreate={canWrite ? () => setCreating(true) : undefined} />
      <Flex wrap gap={8} align="center">
        {pipelines.length > 1 && (
          <Select
            aria-label={t('deals.board.pipeline')}
            data-testid="board-pipeline"
            style={{ minWidth: 180 }}
            value={b.board?.pipeline.id ?? pipelineId ?? undefined}
            options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(id: string) => setParams({ pipeline: id })}
          />
        )}
        <Input
          allowClear
          type="search"
          prefix={<SearchOutlined />}
          aria-label={t('deals.filters.search')}
          placeholder={t('deals.filters.search')}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          data-testid="board-search"
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="board-mine">
          {t('deals.filters.mine')}
        </Checkbox>
        {phone && b.columns.length > 0 && (
          <Select
            aria-label={t('deals.board.jump')}
            placeholder={t('deals.board.jump')}
            data-testid="board-jump"
            style={{ minWidth: 160 }}
            options={b.columns.map((c) => ({ value: c.stageId, label: `${stageName(c.stage, i18n.language)} (${c.count})` }))}
            onChange={jumpTo}
          />
        )}
      </Flex>
      {canWrite &&
        // Phones have no keyboard to speak of: the help stays for screen readers only.
        (phone ? (
          <VisuallyHidden id="board-help" data-testid="board-help">
            {t('deals.board.help')}
          </VisuallyHidden>
        ) : (
          <Typography.Text type="secondary" id="board-help" data-testid="board-help" style={{ fontSize: 12 }}>
            {t('deals.board.help')}
          </Typography.Text>
        ))}
      <VisuallyHidden role="status" aria-live="assertive" data-testid="board-announcer">
        {b.announcement}
      </VisuallyHidden>
      {b.error && !b.board && <Alert type="error" showIcon title={errorMessage(t, b.error)} data-testid="board-error" />}
      {b.loading ? (
        <Spin />
      ) : (
        <div
          data-testid="deal-board"
          style={{
            display: 'flex',
            gap: 12,
            overflowX: 'auto',
            paddingBottom: 8,
            alignItems: 'stretch',
            scrollSnapType: phone ? 'x mandatory' : undefined,
          }}
        >
          {b.columns.map((column, index) => (
            <BoardColumnView
              key={column.stageId}
              column={column}
              index={index}
              name={names[index][1]}
              currency={b.board?.currency ?? 'CNY'}
              width={phone ? 'calc(100vw - 64px)' : 272}
              canMove={canWrite}
              lifted={b.keyboard.lifted}
              dragging={b.drag.dragging}
              dropAt={b.drag.dropAt}
              names={names}
              onLift={b.keyboard.lift}
              onStep={b.keyboard.step}
              onDrop={b.keyboard.drop}
              onCancel={b.keyboard.cancel}
              onDragStart={b.drag.start}
              onDragEnd={b.drag.end}
              onDragOver={b.drag.over}
              onDragDrop={b.drag.drop}
              onMoveTo={b.moveTo}
            />
          ))}
        </div>
      )}
      {b.lost.prompt && (
        <LostReasonModal
          title={b.lost.prompt.card.title}
          stage={b.lost.prompt.stageName}
          onOk={b.lost.confirm}
          onCancel={b.lost.cancel}
        />
      )}
      {creating && (
        <DealDrawer
          deal={null}
          pipelineId={b.board?.pipeline.id}
          onClose={(saved) => {
            setCreating(false);
            if (!saved) return;
            void message.success({
              content: (
                <Typography.Link data-testid="created-link" onClick={() => navigate(`/deals/${saved.id}`)}>
                  {t('deals.form.created', { title: saved.title })}
                </Typography.Link>
              ),
            });
            b.refetch();
          }}
        />
      )}
    </Flex>
  );
}
