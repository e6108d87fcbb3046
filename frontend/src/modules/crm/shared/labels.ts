import { currentLanguage } from '../../../lib/i18n';

type Labelled = { labelEn: string; labelZh: string };

/** The label of a stage or custom field in the user's language (the other one when it is empty). */
export function localLabel(item: Labelled, language: string = currentLanguage()): string {
  const zh = language.toLowerCase().startsWith('zh');
  return (zh ? item.labelZh || item.labelEn : item.labelEn || item.labelZh) || '';
}

/** A stage key's label, or the key itself for a stage the list no longer knows. */
export function stageLabel(stages: readonly (Labelled & { key: string })[], key: string, language?: string): string {
  const stage = stages.find((s) => s.key === key);
  return stage ? localLabel(stage, language) : key;
}
