import { describe, expect, it } from 'vitest';
import { addPerson, segments, toBody, toEditable, tokenName } from './tokens';

const sam = { id: '3', displayName: 'Sam Lee' };
const samShort = { id: '4', displayName: 'Sam' };
const zhang = { id: '9', displayName: '张三' };

describe('toBody', () => {
  it('turns each picked name into a token the server reads', () => {
    expect(toBody('Please call @Sam Lee today', [sam])).toBe('Please call @[Sam Lee](user:3) today');
  });

  it('prefers the longer of two names sharing a start', () => {
    expect(toBody('@Sam and @Sam Lee', [samShort, sam])).toBe('@[Sam](user:4) and @[Sam Lee](user:3)');
  });

  it('works for names followed directly by Chinese text', () => {
    expect(toBody('@张三请跟进', [zhang])).toBe('@[张三](user:9)请跟进');
  });

  it('leaves names nobody picked, and lone @ signs, as typed', () => {
    expect(toBody('mail me@example.com, @Nobody', [sam])).toBe('mail me@example.com, @Nobody');
  });

  it('keeps brackets out of the token name, as the server does', () => {
    const odd = { id: '5', displayName: 'Ann [Ops]' };
    expect(toBody('@Ann [Ops] hi', [odd])).toBe('@[Ann (Ops)](user:5) hi');
    expect(tokenName('  a\n b ')).toBe('a b');
  });
});

describe('segments and toEditable', () => {
  const body = 'Hi @[Sam Lee](user:3), see @[张三](user:9).';

  it('splits a body into text and mentions', () => {
    expect(segments(body)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'mention', id: '3', name: 'Sam Lee' },
      { kind: 'text', text: ', see ' },
      { kind: 'mention', id: '9', name: '张三' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('ignores text that only looks like a token', () => {
    expect(segments('@[x](user:abc) and @[](user:1)')).toEqual([{ kind: 'text', text: '@[x](user:abc) and @[](user:1)' }]);
  });

  it('round-trips through the mention box', () => {
    const { text, people } = toEditable(body);
    expect(text).toBe('Hi @Sam Lee, see @张三.');
    expect(people).toEqual([sam, zhang]);
    expect(toBody(text, people)).toBe(body);
  });
});

describe('addPerson', () => {
  it('keeps one entry per person, the latest last', () => {
    expect(addPerson([sam, zhang], { ...sam })).toEqual([zhang, sam]);
  });
});
