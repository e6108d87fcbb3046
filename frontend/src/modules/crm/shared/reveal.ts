import { useClient } from 'urql';
import type { ContactPiiField, CustomerPiiField } from '../../../graphql/graphql';
import {
  CrmRevealContactFieldMutation,
  CrmRevealCustomerFieldMutation,
  CrmRevealCustomFieldMutation,
} from '../operations/customer';
import type { RevealResult } from './RevealModal';

type Reveal = (reason: string) => Promise<RevealResult>;

/** Functions that reveal one masked value with a reason (for PiiValue). */
export function useRevealers() {
  const client = useClient();
  return {
    customer:
      (customerId: string, field: CustomerPiiField, index = 0): Reveal =>
      async (reason) => {
        const r = await client.mutation(CrmRevealCustomerFieldMutation, { customerId, field, reason, index }).toPromise();
        return { value: r.data?.revealCustomerField, error: r.error };
      },
    contact:
      (contactId: string, field: ContactPiiField): Reveal =>
      async (reason) => {
        const r = await client.mutation(CrmRevealContactFieldMutation, { contactId, field, reason }).toPromise();
        return { value: r.data?.revealContactField, error: r.error };
      },
    customField:
      (customerId: string, key: string): Reveal =>
      async (reason) => {
        const r = await client.mutation(CrmRevealCustomFieldMutation, { customerId, key, reason }).toPromise();
        return { value: r.data?.revealCustomField, error: r.error };
      },
  };
}
