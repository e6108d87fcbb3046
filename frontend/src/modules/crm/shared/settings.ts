import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CrmCustomFieldDefsQuery, CrmStagesQuery } from '../../../graphql/graphql';
import { CrmCustomFieldDefsQuery as FieldDefsDoc, CrmStagesQuery as StagesDoc } from '../operations/settings';
import { localLabel, stageLabel } from './labels';

export type Stage = CrmStagesQuery['customerStages'][number];
export type FieldDef = CrmCustomFieldDefsQuery['customFieldDefs'][number];

/** The lifecycle stages (archived ones too, for labels of old values) and a label lookup in the user's language. */
export function useStages() {
  const { i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: StagesDoc });
  const stages = data?.customerStages ?? [];
  return {
    stages,
    ready: data !== undefined || error !== undefined,
    /** Stages one may still choose. */
    active: stages.filter((s) => !s.archived),
    label: (key: string) => stageLabel(stages, key, i18n.language),
  };
}

/** The admin-defined fields in form order (archived ones left out unless asked for). */
export function useFieldDefs(includeArchived = false) {
  const { i18n } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: FieldDefsDoc, variables: { includeArchived } });
  const defs = data?.customFieldDefs ?? [];
  return {
    defs,
    error,
    fetching,
    ready: data !== undefined || error !== undefined,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    label: (def: FieldDef) => localLabel(def, i18n.language),
  };
}
