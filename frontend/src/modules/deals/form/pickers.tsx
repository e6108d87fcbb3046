import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DealsContactsQuery, DealsCustomerPickQuery } from '../operations/deals';

type Named = { id: string; name: string };

type CustomerProps = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The deal's current customer, shown before any search. */
  known?: Named | null;
  testId: string;
};

/** A customer you can see, found by name (the server's customer search, debounced). */
export function CustomerSelect({ value, onChange, known, testId }: CustomerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({ query: DealsCustomerPickQuery, variables: { search: search || null } });
  const found = new Map<string, Named>();
  if (known) found.set(known.id, known);
  for (const e of data?.customers.edges ?? []) found.set(e.node.id, e.node);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      placeholder={t('deals.pickers.customer')}
      loading={fetching}
      notFoundContent={t('deals.pickers.noCustomers')}
      options={[...found.values()].map((c) => ({ value: c.id, label: c.name }))}
      onChange={(id: string | undefined) => onChange?.(id ?? null)}
      data-testid={testId}
    />
  );
}

type ContactProps = { customerId: string | null | undefined; value?: string | null; onChange?: (id: string | null) => void; testId: string };

/** One of the chosen customer's contacts (none offered before a customer is chosen). */
export function ContactSelect({ customerId, value, onChange, testId }: ContactProps) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: DealsContactsQuery, variables: { customerId: customerId ?? '' }, pause: !customerId });
  return (
    <Select
      allowClear
      disabled={!customerId}
      value={value ?? undefined}
      placeholder={t('deals.pickers.contact')}
      loading={fetching}
      notFoundContent={t('deals.pickers.noContacts')}
      options={(data?.contacts ?? []).map((c) => ({ value: c.id, label: c.name }))}
      onChange={(id: string | undefined) => onChange?.(id ?? null)}
      data-testid={testId}
    />
  );
}
