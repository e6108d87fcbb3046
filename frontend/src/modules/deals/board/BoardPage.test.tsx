import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

const stage = (id: string, nameEn: string, nameZh: string, position: number, kind = 'OPEN', probability = 10) => ({
  id,
  pipelineId: '1',
  nameEn,
  nameZh,
  position,
  probability,
  kind,
  archived: false,
});
const STAGES = [stage('10', 'Qualification', '初步接洽', 0), stage('11', 'Proposal', '方案报价', 1, 'OPEN', 60), stage('12', 'Lost', '输单', 2, 'LOST', 0)];

const card = (id: string, title: string, amount: string, currency = 'CNY') => ({
  id,
  title,
  customer: { id: '7', name: 'Acme' },
  amount,
  currency,
  status: 'OPEN',
  probability: 10,
  expectedCloseDate: '2026-03-31',
  owner: { id: '1', displayName: 'Sam' },
  rank: 0,
});

const column = (s: (typeof STAGES)[number], deals: ReturnType<typeof card>[], amount: string) => ({
  stage: s,
  count: deals.length,
  amount,
  weightedAmount: '0.00',
  otherCurrencies: [],
  hasMore: false,
  deals,
});

type Body = { query: string; variables?: Record<string, unknown> };

function clientFor(permissions: string[], seen: Body[] = [], moveResult: unknown = null) {
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    if (b.query.includes('query DealsPipelines'))
      return { data: { pipelines: [{ id: '1', name: 'Sales', isDefault: true, archived: false, position: 0, stages: STAGES }] } };
    if (b.query.includes('query DealsBoard'))
      return {
        data: {
          dealBoard: {
            currency: 'CNY',
            pipeline: { id: '1', name: 'Sales' },
            columns: [
              column(STAGES[0], [card('100', 'Pumps', '1200.00'), card('101', 'Valves', '300.50', 'USD')], '1200.00'),
              column(STAGES[1], [card('102', 'Pipes', '99.00')], '99.00'),
              column(STAGES[2], [], '0.00'),
            ],
          },
        },
      };
    if (b.query.includes('mutation DealsMoveDeal'))
      return moveResult ?? { data: { moveDeal: { id: (b.variables?.input as { id: string }).id, status: 'OPEN', probability: 60, rank: 1, lostReason: '' } } };
    return { data: { me: { id: '1', username: 'sam', displayName: 'Sam', permissions } } };
  });
}

const moves = (seen: Body[]) => seen.filter((b) => b.query.includes('mutation DealsMoveDeal')).map((b) => b.variables?.input);
const announcer = () => screen.getByTestId('board-announcer').textContent ?? '';
const key = (el: HTMLElement, k: string) => fireEvent.keyDown(el, { key: k });

describe('deal board', () => {
  beforeAll(async () => {
    await Promise.all([import('./BoardPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('shows one column per stage with its count, total and cards formatted in their currency', async () => {
    renderAt('/deals', routes, clientFor(['deals.read', 'deals.write']));
    expect((await screen.findByTestId('column-title-10')).textContent).toBe('Qualification');
    expect(screen.getByTestId('column-count-10').textContent).toContain('2');
    expect(screen.getByTestId('column-amount-10').textContent).toBe('CN¥1,200.00');
    expect(screen.getByTestId('deal-card-amount-101').textContent).toBe('$300.50');
    expect(screen.getByTestId('deal-card-100').getAttribute('draggable')).toBe('true');
    expect(screen.getByTestId('board-help')).toBeTruthy();
  });

  it('moves a card with the keyboard: Space, arrow, Space sends moveDeal with the new neighbour', async () => {
    const seen: Body[] = [];
    renderAt('/deals', routes, clientFor(['deals.read', 'deals.write'], seen));
    const pumps = await screen.findByTestId('deal-card-100');
    act(() => pumps.focus());
    key(pumps, ' ');
    expect(announcer()).toContain('Picked up Pumps in Qualification, position 1 of 2');
    key(screen.getByTestId('deal-card-100'), 'ArrowRight');
    // The lifted card shows in its new column, keeps the focus, and the move is announced.
    await waitFor(() => expect(screen.getByTestId('column-cards-11').contains(screen.getByTestId('deal-card-100'))).toBe(true));
    expect(document.activeElement).toBe(screen.getByTestId('deal-card-100'));
    expect(announcer()).toContain('Pumps: Proposal, position 1 of 2');
    key(screen.getByTestId('deal-card-100'), 'ArrowDown');
    key(screen.getByTestId('deal-card-100'), ' ');
    await waitFor(() => expect(moves(seen)).toEqual([{ id: '100', stageId: '11', afterId: '102' }]));
    await waitFor(() => expect(announcer()).toContain('Pumps moved to Proposal, position 2'));
  });

  it('puts the card back on Escape and sends nothing', async () => {
    const seen: Body[] = [];
    renderAt('/deals', routes, clientFor(['deals.read', 'deals.write'], seen));
    const pumps = await screen.findByTestId('deal-card-100');
    key(pumps, ' ');
    key(screen.getByTestId('deal-card-100'), 'ArrowRight');
    key(screen.getByTestId('deal-card-100'), 'Escape');
    await waitFor(() => expect(screen.getByTestId('column-cards-10').contains(screen.getByTestId('deal-card-100'))).toBe(true));
    expect(announcer()).toContain('cancelled');
    expect(moves(seen)).toEqual([]);
  });

  it('asks why before a card goes into a lost stage, and sends the reason', async () => {
    const seen: Body[] = [];
    renderAt('/deals', routes, clientFor(['deals.read', 'deals.write'], seen));
    const pipes = await screen.findByTestId('deal-card-102');
    key(pipes, ' ');
    key(screen.getByTestId('deal-card-102'), 'ArrowRight');
    key(screen.getByTestId('deal-card-102'), 'Enter');
    const reason = await screen.findByTestId('lost-reason');
    expect(moves(seen)).toEqual([]);
    fireEvent.change(reason, { target: { value: 'Budget cut' } });
    fireEvent.click(screen.getByTestId('lost-reason-ok'));
    await waitFor(() => expect(moves(seen)).toEqual([{ id: '102', stageId: '12', lostReason: 'Budget cut' }]));
  });

  it('puts the board back and says why when the server refuses a move', async () => {
    const refused = { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }], data: null };
    renderAt('/deals', routes, clientFor(['deals.read', 'deals.write'], [], refused));
    const pumps = await screen.findByTestId('deal-card-100');
    key(pumps, ' ');
    key(screen.getByTestId('deal-card-100'), 'ArrowRight');
    key(screen.getByTestId('deal-card-100'), ' ');
    await waitFor(() => expect(announcer()).toContain('Pumps could not be moved'));
    expect(screen.getByTestId('column-cards-10').contains(screen.getByTestId('deal-card-100'))).toBe(true);
  });

  it('lets readers without deals.write look but not move', async () => {
    const seen: Body[] = [];
    renderAt('/deals', routes, clientFor(['deals.read'], seen));
    const pumps = await screen.findByTestId('deal-card-100');
    expect(pumps.getAttribute('draggable')).toBe('false');
    key(pumps, ' ');
    expect(announcer()).toBe('');
    expect(screen.queryByTestId('deal-card-menu-100')).toBeNull();
    expect(screen.queryByTestId('deal-create')).toBeNull();
    expect(screen.queryByTestId('board-help')).toBeNull();
  });

  it('titles the columns in Chinese for Chinese users', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      renderAt('/deals', routes, clientFor(['deals.read']));
      expect((await screen.findByTestId('column-title-10')).textContent).toBe('初步接洽');
      expect(screen.getByTestId('column-title-12').textContent).toBe('输单');
    } finally {
      await i18n.changeLanguage('en-US');
    }
  });
});
