import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

const stage = (id: string, nameEn: string, probability: number, kind = 'OPEN') => ({
  id,
  pipelineId: '1',
  nameEn,
  nameZh: nameEn,
  position: Number(id),
  probability,
  kind,
  archived: false,
});
const STAGES = [stage('10', 'Qualification', 10), stage('11', 'Proposal', 60), stage('12', 'Lost', 0, 'LOST')];

const row = {
  id: '100',
  title: 'Pumps',
  customer: { id: '7', name: 'Acme' },
  amount: '1200.00',
  currency: 'USD',
  stage: { id: '11', nameEn: 'Proposal', nameZh: '方案报价', kind: 'OPEN' },
  status: 'OPEN',
  probability: 60,
  expectedCloseDate: '2026-03-31',
  owner: { id: '1', displayName: 'Sam' },
  team: null,
  updatedAt: '2026-01-01T00:00:00Z',
};

type Body = { query: string; variables?: Record<string, unknown> };

function clientFor(permissions: string[], seen: Body[] = [], createResult?: unknown) {
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    if (b.query.includes('query DealsList('))
      return { data: { deals: { edges: [{ cursor: 'c1', node: row }], pageInfo: { hasNextPage: true, endCursor: 'c1' }, totalCount: 31 } } };
    if (b.query.includes('query DealsPipelines'))
      return { data: { pipelines: [{ id: '1', name: 'Sales', isDefault: true, archived: false, position: 0, stages: STAGES }] } };
    if (b.query.includes('query DealsDefaultCurrency')) return { data: { dealBoard: { currency: 'CNY' } } };
    if (b.query.includes('query DealsCustomerPick')) return { data: { customers: { edges: [{ node: { id: '7', name: 'Acme' } }] } } };
    if (b.query.includes('query DealsContacts')) return { data: { contacts: [] } };
    if (b.query.includes('mutation DealsCreateDeal')) return createResult ?? { data: { createDeal: { id: '101', title: 'New' } } };
    return { data: { me: { id: '1', username: 'sam', displayName: 'Sam', permissions } } };
  });
}

const lists = (seen: Body[]) => seen.filter((b) => b.query.includes('query DealsList('));

/** Opens an antd Select and clicks the option with `text`, until the select shows it: on a busy
 * machine a click can land while the dropdown is still opening (or its options still loading). */
async function choose(testId: string, text: string) {
  for (let attempt = 1; ; attempt++) {
    const select = screen.getByTestId(testId);
    fireEvent.mouseDown(select.querySelector('input') ?? select);
    const options = await screen.findAllByText(text, { selector: '.ant-select-item-option-content' });
    fireEvent.click(options[options.length - 1]);
    try {
      await waitFor(() => expect(screen.getByTestId(testId).textContent).toContain(text));
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('deal list', () => {
  beforeAll(async () => {
    await Promise.all([import('./DealsListPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('starts from the filters of a board link and asks the next page after the last cursor', async () => {
    const seen: Body[] = [];
    renderAt('/deals/list?stage=11&status=open', routes, clientFor(['deals.read'], seen));
    // jsdom matches no media query: the phone layout, cards instead of a table.
    expect((await screen.findByTestId('deal-row-Pumps')).textContent).toContain('$1,200.00');
    expect(lists(seen)[0].variables).toMatchObject({ after: null, filter: { stageIds: ['11'], status: 'OPEN' } });
    expect(screen.getByTestId('deals-count').textContent).toContain('31');
    expect(screen.queryByTestId('deal-create')).toBeNull();
    fireEvent.click(screen.getByTestId('deals-more'));
    await waitFor(() => expect(lists(seen).at(-1)?.variables).toMatchObject({ after: 'c1' }));
  });

  it('creates a deal whose probability follows the stage, and shows server problems under their fields', async () => {
    const seen: Body[] = [];
    const refused = { data: null, errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: { amount: ['TOO_PRECISE'] } } }] };
    renderAt('/deals/list', routes, clientFor(['deals.read', 'deals.write'], seen, refused));
    fireEvent.click(await screen.findByTestId('deal-create'));
    const field = await screen.findByTestId('deal-probability');
    const probability = (field instanceof HTMLInputElement ? field : field.querySelector('input')) as HTMLInputElement;
    await waitFor(() => expect(probability.value).toBe('10'));
    await choose('deal-stage', 'Proposal');
    await waitFor(() => expect(probability.value).toBe('60'));
    // A lost stage asks for the reason
    expect(screen.queryByTestId('deal-lost-reason')).toBeNull();
    await choose('deal-stage', 'Lost');
    expect(await screen.findByTestId('deal-lost-reason')).toBeTruthy();
    await choose('deal-stage', 'Proposal');

    fireEvent.change(screen.getByTestId('deal-title'), { target: { value: 'Boilers' } });
    await choose('deal-customer', 'Acme');
    fireEvent.click(screen.getByTestId('deal-save'));
    await waitFor(() => expect(seen.some((b) => b.query.includes('mutation DealsCreateDeal'))).toBe(true));
    const sent = seen.find((b) => b.query.includes('mutation DealsCreateDeal'))?.variables?.input;
    expect(sent).toMatchObject({ title: 'Boilers', customerId: '7', stageId: '11', probability: 60, currency: 'CNY' });
    const drawer = screen.getByRole('dialog');
    expect(await within(drawer).findByText('Too many decimal places')).toBeTruthy();
  });
});
