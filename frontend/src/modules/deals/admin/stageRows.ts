import type { PipelineStageInput, StageKind } from '../../../graphql/graphql';

/** A stage row of the editor (no id: a stage added here). */
export type StageRow = { id?: string; nameEn: string; nameZh: string; probability: number | null; kind: StageKind; archived: boolean };

/** The whole list, in the order shown, as setPipelineStages takes it. */
export function stagesInput(rows: readonly StageRow[]): PipelineStageInput[] {
  return rows.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    nameEn: r.nameEn.trim(),
    nameZh: r.nameZh.trim(),
    probability: r.probability ?? 0,
    kind: r.kind,
    archived: r.archived,
  }));
}
