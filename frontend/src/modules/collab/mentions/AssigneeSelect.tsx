import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePeopleSearch } from './usePeopleSearch';

// The Select's value for "me": the server assigns a task to its author when no assignee is sent.
export const ME = 'me';

interface Props {
  customerId: string;
  value?: string;
  onChange?: (value: string) => void;
  /** The current assignee when it is someone else, so their name shows before any search. */
  current?: { id: string; displayName: string } | null;
  testId: string;
}

/** Who does a task: you, or someone who may see the customer (searched by name). */
export function AssigneeSelect({ customerId, value, onChange, current, testId }: Props) {
  const { t } = useTranslation();
  const { people, loading, search } = usePeopleSearch(customerId);
  const options = [{ value: ME, label: t('collab.task.me') }];
  const known = current && !people.some((p) => p.id === current.id) ? [current, ...people] : people;
  for (const p of known) options.push({ value: p.id, label: p.displayName });
  return (
    <Select
      data-testid={testId}
      value={value ?? ME}
      onChange={onChange}
      options={options}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: search }}
      onOpenChange={(open) => {
        if (open && people.length === 0) search('');
      }}
      optionRender={(option) => <span data-testid="assignee-option">{option.label}</span>}
    />
  );
}
