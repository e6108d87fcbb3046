/**
 * The server's @mention format (backend/activities/mentions.py): `@[Display Name](user:ID)`.
 *
 * People type and read `@Name`; only the body sent to the server carries tokens. The server keeps
 * the id and rewrites the name to the user's current display name, so a token cannot pose as
 * someone else whatever name it was written with.
 */

export interface Person {
  id: string;
  displayName: string;
}

export type Segment = { kind: 'text'; text: string } | { kind: 'mention'; id: string; name: string };

// Same limits as the server's pattern: 1-128 characters without brackets or newlines, id up to 9 digits.
const TOKEN = /@\[([^[\]\n]{1,128})\]\(user:(\d{1,9})\)/g;

/** A comment body cut into plain text and mentions, for display (React escapes the text). */
export function segments(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index;
    if (start > last) out.push({ kind: 'text', text: body.slice(last, start) });
    out.push({ kind: 'mention', id: match[2], name: match[1] });
    last = start + match[0].length;
  }
  if (last < body.length) out.push({ kind: 'text', text: body.slice(last) });
  return out;
}

/** A server body as the mention box shows it (`@Name`), and the people it names. */
export function toEditable(body: string): { text: string; people: Person[] } {
  const people = new Map<string, Person>();
  const text = segments(body)
    .map((s) => {
      if (s.kind === 'text') return s.text;
      people.set(s.id, { id: s.id, displayName: s.name });
      return `@${s.name}`;
    })
    .join('');
  return { text, people: [...people.values()] };
}

/** The name as it may stand inside a token (the server does the same). */
export function tokenName(name: string): string {
  const cleaned = name.replace(/\[/g, '(').replace(/]/g, ')').split(/\s+/).filter(Boolean).join(' ');
  return cleaned.slice(0, 128) || '?';
}

/**
 * Text typed in the mention box → the body the server expects: each `@Name` of someone picked in
 * the box becomes their token. Longer names are tried first, so picking "Sam Lee" and "Sam" both
 * works; when two picked people share a name, the one picked last wins. Anything else, including
 * an `@` before a name nobody picked, stays as typed and mentions no one.
 */
export function toBody(text: string, people: readonly Person[]): string {
  const byName = new Map<string, Person>();
  for (const p of people) if (p.displayName) byName.set(p.displayName, p);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    out += text.slice(i, at);
    const name = names.find((n) => text.startsWith(n, at + 1));
    if (name) {
      const person = byName.get(name)!;
      out += `@[${tokenName(name)}](user:${person.id})`;
      i = at + 1 + name.length;
    } else {
      out += '@';
      i = at + 1;
    }
  }
  return out + text.slice(i);
}

/** Remember a pick: the same person once, by id. */
export function addPerson(people: readonly Person[], person: Person): Person[] {
  return [...people.filter((p) => p.id !== person.id), person];
}
