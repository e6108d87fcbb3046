import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { changeText } from './timelineText';

describe('changeText', () => {
  const t = i18n.getFixedT('en-US');

  it('names the changed fields in words, never the board rank', () => {
    expect(changeText(t, 'deal.updated', ['amount', 'expected_close_date'])).toBe('Changed: Amount, Expected close');
    expect(changeText(t, 'deal.moved', ['stage_id', 'rank'])).toBe('Moved on the board: Stage');
    expect(changeText(t, 'deal.moved', ['rank'])).toBe('Moved on the board');
  });

  it('says only "created" for a creation and shows unknown actions as recorded', () => {
    expect(changeText(t, 'deal.created', ['title', 'amount'])).toBe('Created the deal');
    expect(changeText(t, 'deal.archived', ['mystery'])).toBe('deal.archived: mystery');
  });

  it('speaks Chinese to Chinese users', () => {
    expect(changeText(i18n.getFixedT('zh-CN'), 'deal.updated', ['amount', 'owner_id'])).toBe('修改了：金额、负责人');
  });
});
