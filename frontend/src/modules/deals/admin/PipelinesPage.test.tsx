import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../routes';
import { mockClient, renderAt } from '../../../test/render';

const stage = (id: string, nameEn: string, nameZh: string, kind = 'OPEN') => ({ id, pipelineId: '1', nameEn, nameZh, position: 0, probability: 20, kind, archived: false });
const PIPELINE = {
  id: '1',
  name: 'Sales',
  isDefault: true,
  archived: false,
  position: 0,
  stages: [stage('10', 'Lead', '线索'), stage('11', 'Offer', '报价'), stage('12', 'Lost', '输单', 'LOST')],
};

type Body = { query: string; variables?: Record<string, unknown> };

function clientFor(permissions: string[], seen: Body[], saveResult: unknown) {
  return mockClient((body) => {
    const b = body as Body;
    seen.push(b);
    if (b.query.includes('query DealsPipelines')) return { data: { pipelines: [PIPELINE] } };
    if (b.query.includes('mutation DealsSetPipelineStages')) return saveResult;
    return { data: { me: { id: '1', username: 'root', displayName: 'Root', permissions } } };
  });
}

const saves = (seen: Body[]) => seen.filter((b) => b.query.includes('mutation DealsSetPipelineStages')).map((b) => b.variables?.input);

describe('pipeline admin', () => {
  beforeAll(async () => {
    await Promise.all([import('./PipelinesPage'), import('../../layout/AppLayout')]);
  }, 30000);

  it('saves the whole stage list in the new order, with a new stage, keeping the ids', async () => {
    const seen: Body[] = [];
    renderAt('/admin/pipelines', routes, clientFor(['settings.manage'], seen, { data: { setPipelineStages: { id: '1', stages: PIPELINE.stages } } }));
    fireEvent.click(await screen.findByTestId('stage-down-0'));
    fireEvent.click(screen.getByTestId('stage-add'));
    fireEvent.change(await screen.findByTestId('stage-name-en-3'), { target: { value: 'Demo' } });
    fireEvent.change(screen.getByTestId('stage-name-zh-3'), { target: { value: '演示' } });
    fireEvent.click(screen.getByTestId('stages-save'));
    await waitFor(() => expect(saves(seen)).toHaveLength(1));
    expect(saves(seen)[0]).toEqual({
      pipelineId: '1',
      stages: [
        { id: '11', nameEn: 'Offer', nameZh: '报价', probability: 20, kind: 'OPEN', archived: false },
        { id: '10', nameEn: 'Lead', nameZh: '线索', probability: 20, kind: 'OPEN', archived: false },
        { id: '12', nameEn: 'Lost', nameZh: '输单', probability: 20, kind: 'LOST', archived: false },
        { nameEn: 'Demo', nameZh: '演示', probability: 0, kind: 'OPEN', archived: false },
      ],
    });
  });

  it('explains a refused removal of a stage in use', async () => {
    const seen: Body[] = [];
    const conflict = { data: null, errors: [{ message: 'in use', extensions: { code: 'CONFLICT', fields: { stages: ['STAGE_IN_USE'] } } }] };
    renderAt('/admin/pipelines', routes, clientFor(['settings.manage'], seen, conflict));
    fireEvent.click(await screen.findByTestId('stage-remove-1'));
    fireEvent.click(screen.getByTestId('stages-save'));
    expect((await screen.findByTestId('form-error')).textContent).toContain('archive it instead');
    expect(saves(seen)[0]).toMatchObject({ stages: [{ id: '10' }, { id: '12' }] });
  });

  it('is closed to users without settings.manage', async () => {
    renderAt('/admin/pipelines', routes, clientFor(['deals.read', 'deals.write'], [], null));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
