import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DealsPipelinesQuery, StageKind } from '../../../graphql/graphql';
import { currentLanguage } from '../../../lib/i18n';
import { DealsPipelinesQuery as PipelinesDoc } from '../operations/pipelines';

export type Pipeline = DealsPipelinesQuery['pipelines'][number];
export type Stage = Pipeline['stages'][number];
type Named = { nameEn: string; nameZh: string };

/** A stage's name in the user's language (the other one when that is empty). */
export function stageName(stage: Named, language: string = currentLanguage()): string {
  const zh = language.toLowerCase().startsWith('zh');
  return (zh ? stage.nameZh || stage.nameEn : stage.nameEn || stage.nameZh) || '';
}

/** Tag colours of the three kinds of stage. */
export const KIND_COLORS: Record<StageKind, string> = { OPEN: 'blue', WON: 'green', LOST: 'red' };

/** The default pipeline (else the first), as the server picks it for a new deal. */
export function defaultPipeline(pipelines: readonly Pipeline[]): Pipeline | undefined {
  return pipelines.find((p) => p.isDefault) ?? pipelines[0];
}

/** Stages a deal may be put in: not archived, except the one it is already in. */
export function usableStages(pipeline: Pipeline | undefined, current?: string | null): Stage[] {
  return (pipeline?.stages ?? []).filter((s) => !s.archived || s.id === current);
}

/** Pipelines (active ones unless asked) and a stage-name lookup in the current language. */
export function usePipelines(includeArchived = false) {
  const { i18n } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: PipelinesDoc, variables: { includeArchived } });
  const pipelines = data?.pipelines ?? [];
  return {
    pipelines,
    error,
    fetching,
    ready: data !== undefined || error !== undefined,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    name: (stage: Named) => stageName(stage, i18n.language),
  };
}
