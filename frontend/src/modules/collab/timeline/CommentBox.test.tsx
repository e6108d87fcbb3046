import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mockClient, renderAt } from '../../../test/render';
import { AsUser, meWith, operationOf, type Body } from '../testing';
import { CommentBox } from './CommentBox';

function show(onSubmit: (body: string) => Promise<undefined>, initialBody = '') {
  const client = mockClient((body: Body) =>
    operationOf(body.query) === 'CollabMentionableUsers'
      ? { data: { mentionableUsers: [{ id: '3', displayName: 'Sam Lee' }] } }
      : { data: {} },
  );
  const element = (
    <AsUser me={meWith(['activities.write'])}>
      <CommentBox customerId="7" testId="comment" submitLabel="Send" onSubmit={onSubmit} initialBody={initialBody} />
    </AsUser>
  );
  return renderAt('/', [{ path: '/', element }], client);
}

function type(box: HTMLTextAreaElement, value: string) {
  fireEvent.change(box, { target: { value, selectionStart: value.length, selectionEnd: value.length } });
  box.setSelectionRange(value.length, value.length);
  fireEvent.keyUp(box, { key: value.slice(-1) });
}

describe('comment box', () => {
  // jsdom has no layout; the picker scrolls its active option into view.
  beforeAll(() => {
    Element.prototype.scrollIntoView ??= vi.fn();
  });

  it('sends a picked mention as the server token', async () => {
    const onSubmit = vi.fn(async () => undefined);
    show(onSubmit);
    const box = (await screen.findByTestId('comment-input')) as HTMLTextAreaElement;
    type(box, 'Ask @');
    type(box, 'Ask @Sa');
    const option = await screen.findByTestId('mention-option');
    await act(async () => fireEvent.click(option));
    await waitFor(() => expect(box.value).toBe('Ask @Sam Lee '));
    type(box, 'Ask @Sam Lee today');
    fireEvent.click(screen.getByTestId('comment-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('Ask @[Sam Lee](user:3) today'));
    // A sent comment clears the box for the next one.
    await waitFor(() => expect(box.value).toBe(''));
  });

  it('refuses to send an empty comment', async () => {
    const onSubmit = vi.fn(async () => undefined);
    show(onSubmit);
    fireEvent.click(await screen.findByTestId('comment-submit'));
    expect((await screen.findByTestId('comment-error')).textContent).toBe('Write something first');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('edits a comment keeping the mentions it already has', async () => {
    const onSubmit = vi.fn(async () => undefined);
    show(onSubmit, 'Hi @[Sam Lee](user:3)');
    const box = (await screen.findByTestId('comment-input')) as HTMLTextAreaElement;
    expect(box.value).toBe('Hi @Sam Lee');
    type(box, 'Hi @Sam Lee, thanks');
    fireEvent.click(screen.getByTestId('comment-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('Hi @[Sam Lee](user:3), thanks'));
  });
});
