import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../routes';
import { mockClient, renderAt } from '../../test/render';
import { appRoutes, navEntries } from './plugin';

describe('devtools plugin', () => {
  it('declares /graphiql inside the signed-in app', () => {
    expect(appRoutes.map((r) => r.path)).toEqual(['graphiql']);
  });

  it('shows the GraphQL explorer to every signed-in user, whatever their permissions', async () => {
    expect(navEntries.every((e) => e.perm === undefined && e.group === 'main')).toBe(true);
    const client = mockClient(() => ({ data: { me: { id: '1', username: 'ann', displayName: 'Ann', permissions: [] } } }));
    renderAt('/', routes, client);
    expect(await screen.findByTestId('nav-graphiql')).toBeTruthy();
    expect(screen.getByTestId('nav-graphiql').textContent).toBe('GraphQL explorer');
  });
});
