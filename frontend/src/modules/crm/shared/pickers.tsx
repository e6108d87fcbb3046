import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import {
  CrmAssignableTeamsQuery,
  CrmAssigneesQuery,
  CrmMentionableUsersQuery,
  CrmTagsQuery,
  CrmTeamsQuery,
  CrmUsersQuery,
} from '../operations/settings';

export type Person = { id: string; displayName: string };

/** Debounced text for remote search. */
function useDebounced(value: string, ms = 250): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Whether the user may list users: admins (users.manage) and assigners (customers.assign, through
 * the directory of names and teams); otherwise pickers offer who can see the customer. */
export function canListUsers(permissions: readonly string[]): boolean {
  return hasPerm(permissions, Perm.USERS_MANAGE) || hasPerm(permissions, Perm.CUSTOMERS_ASSIGN);
}

/** Whether the user may list teams (admins' list, or the assigners' directory). */
export function canListTeams(permissions: readonly string[]): boolean {
  return isTeamAdmin(permissions) || hasPerm(permissions, Perm.CUSTOMERS_ASSIGN);
}

function isTeamAdmin(permissions: readonly string[]): boolean {
  return hasPerm(permissions, Perm.USERS_MANAGE) || hasPerm(permissions, Perm.ROLES_MANAGE);
}

/** People matching `search` from the widest list the user may read: every user (users.manage), the
 * assigners' directory (customers.assign), or who can see `customerId`. */
export function usePeople(search: string, customerId?: string): { people: Person[]; fetching: boolean } {
  const me = useMe();
  const admin = hasPerm(me.permissions, Perm.USERS_MANAGE);
  const assigner = !admin && hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN);
  const [users] = useQuery({ query: CrmUsersQuery, variables: { search }, pause: !admin });
  const [directory] = useQuery({ query: CrmAssigneesQuery, variables: { search }, pause: !assigner });
  const [seeing] = useQuery({
    query: CrmMentionableUsersQuery,
    variables: { customerId: customerId ?? '', search },
    pause: admin || assigner || !customerId,
  });
  const people: Person[] = admin
    ? (users.data?.users.items ?? []).map((u) => ({ id: u.id, displayName: `${u.displayName} (${u.username})` }))
    : assigner
      ? (directory.data?.assignees ?? []).map((u) => ({
          id: u.id,
          displayName: u.team ? `${u.displayName} (${u.team.name})` : u.displayName,
        }))
      : (seeing.data?.mentionableUsers ?? []);
  return { people, fetching: users.fetching || directory.fetching || seeing.fetching };
}

/** Teams the user may pick from (empty without the right to list them). */
export function useTeams(): { teams: { id: string; name: string }[]; fetching: boolean } {
  const me = useMe();
  const admin = isTeamAdmin(me.permissions);
  const assigner = !admin && hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN);
  const [all] = useQuery({ query: CrmTeamsQuery, pause: !admin });
  const [directory] = useQuery({ query: CrmAssignableTeamsQuery, pause: !assigner });
  const teams = admin ? (all.data?.teams ?? []) : (directory.data?.assignableTeams ?? []);
  return { teams, fetching: all.fetching || directory.fetching };
}

type UserPickerProps = {
  value?: string | null;
  onChange?: (id: string | null, person?: Person) => void;
  /** Without users.manage or customers.assign, the people offered are those who can see this customer. */
  customerId?: string;
  /** People to offer besides the search results (the current owner, you). */
  known?: Person[];
  testId: string;
  placeholder?: string;
};

/** Pick an active user by name. */
export function UserPicker({ value, onChange, customerId, known = [], testId, placeholder }: UserPickerProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [text, setText] = useState('');
  const search = useDebounced(text);
  const { people: found, fetching } = usePeople(search, customerId);
  const people = new Map<string, Person>();
  for (const p of [{ id: me.id, displayName: me.displayName }, ...known, ...found]) people.set(p.id, p);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? t('crm.pickers.user')}
      loading={fetching}
      notFoundContent={t('crm.pickers.noUsers')}
      options={[...people.values()].map((p) => ({ value: p.id, label: p.displayName }))}
      onChange={(id: string | undefined) => onChange?.(id ?? null, id ? people.get(id) : undefined)}
      data-testid={testId}
    />
  );
}

type TeamPickerProps = { value?: string | null; onChange?: (id: string | null) => void; testId: string; multiple?: false };

/** Pick a team (only offered to users who may list teams). */
export function TeamPicker({ value, onChange, testId }: TeamPickerProps) {
  const { t } = useTranslation();
  const { teams, fetching } = useTeams();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      value={value ?? undefined}
      placeholder={t('crm.pickers.team')}
      loading={fetching}
      options={teams.map((team) => ({ value: team.id, label: team.name }))}
      onChange={(id: string | undefined) => onChange?.(id ?? null)}
      data-testid={testId}
    />
  );
}

type TagSelectProps = { value?: string[]; onChange?: (tags: string[]) => void; testId: string; allowNew?: boolean };

/** Tags by name: existing ones offered as you type; new ones allowed where the server creates them. */
export function TagSelect({ value, onChange, testId, allowNew = true }: TagSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebounced(text);
  const [{ data, fetching }] = useQuery({ query: CrmTagsQuery, variables: { search: search || null } });
  return (
    <Select
      mode={allowNew ? 'tags' : 'multiple'}
      value={value ?? []}
      onChange={(tags: string[]) => onChange?.(tags.map((tag) => tag.trim()).filter(Boolean))}
      showSearch={{ onSearch: setText }}
      tokenSeparators={[',', '，']}
      loading={fetching}
      placeholder={t('crm.pickers.tags')}
      options={(data?.tags ?? []).map((tag) => ({ value: tag.name, label: tag.name }))}
      data-testid={testId}
    />
  );
}
