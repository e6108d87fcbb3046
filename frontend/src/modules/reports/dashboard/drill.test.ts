import { describe, expect, it } from 'vitest';
import { closingInMonth, customersCreatedIn, customersUrl, dealsUrl, listUrl, wonInMonth } from './drill';

describe('drill-down links', () => {
  it('leaves out empty parameters and encodes the rest', () => {
    expect(listUrl('/x', { a: '', b: null, c: undefined })).toBe('/x');
    expect(listUrl('/x', { q: 'a&b=c', n: 3 })).toBe('/x?q=a%26b%3Dc&n=3');
  });

  it('opens the deals of a funnel stage for the owner the dashboard shows', () => {
    expect(dealsUrl({ stageId: '4', ownerId: '7', pipelineId: '1' })).toBe('/deals/list?pipeline=1&stage=4&owner=7');
  });

  it('turns a month bar into a date range over the whole month', () => {
    expect(wonInMonth({ teamId: '2' }, '2026-02')).toBe(
      '/deals/list?team=2&status=won&wonFrom=2026-02-01&wonTo=2026-02-28',
    );
    expect(closingInMonth({}, '2026-04')).toBe('/deals/list?status=open&closeFrom=2026-04-01&closeTo=2026-04-30');
  });

  it('opens customers by creation month and source, or by inactivity', () => {
    expect(customersCreatedIn({ ownerId: '7' }, '2026-01', '展会')).toBe(
      '/customers?owner=7&source=%E5%B1%95%E4%BC%9A&createdFrom=2026-01-01&createdTo=2026-01-31',
    );
    expect(customersUrl({ inactiveDays: 30 })).toBe('/customers?inactiveDays=30');
  });
});
