import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Perm } from './permissions';

describe('Perm', () => {
  it('matches the Permission enum of the server schema', () => {
    const sdl = readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8');
    const block = /enum Permission \{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
    const fromSchema = Object.fromEntries(
      [...block.matchAll(/"""\s*(\S+): [^"]*"""\s+(\w+)/g)].map((m) => [m[2], m[1]]),
    );
    expect(fromSchema).toEqual(Perm);
  });
});
