import { Mentions } from 'antd';
import { addPerson, type Person } from './tokens';
import { usePeopleSearch } from './usePeopleSearch';

interface Props {
  customerId: string;
  value: string;
  onChange: (text: string) => void;
  /** Everyone picked so far, with their names as they stand in the text. */
  picked: readonly Person[];
  onPickedChange: (people: Person[]) => void;
  placeholder?: string;
  testId: string;
  autoFocus?: boolean;
  disabled?: boolean;
  status?: 'error';
}

/**
 * A text box with an @mention picker: typing `@` lists the people who may see this customer and
 * picking one inserts `@Name `. The caller turns the text into the server's token format with
 * `toBody(text, picked)`.
 */
export function MentionInput({ customerId, value, onChange, picked, onPickedChange, placeholder, testId, autoFocus, disabled, status }: Props) {
  const { people, loading, search } = usePeopleSearch(customerId);
  return (
    <Mentions
      data-testid={testId}
      value={value}
      onChange={onChange}
      onSearch={(text) => search(text)}
      onSelect={(option) => {
        // The picker rewrites option keys, so the person is found by the name it inserted; two
        // people of the same name read the same in the text anyway (toBody keeps the last pick).
        const person = people.find((p) => p.displayName === option.value);
        if (person) onPickedChange(addPerson(picked, person));
      }}
      // The server already matched names and usernames; filtering again by name would hide people
      // found by their username.
      filterOption={false}
      loading={loading}
      options={people.map((p) => ({
        key: p.id,
        value: p.displayName,
        label: <span data-testid="mention-option">{p.displayName}</span>,
      }))}
      autoSize={{ minRows: 2, maxRows: 8 }}
      placeholder={placeholder}
      autoFocus={autoFocus}
      disabled={disabled}
      status={status}
      maxLength={10000}
    />
  );
}
