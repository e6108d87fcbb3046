import { SearchOutlined, SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/me';
import { canListTeams, TeamPicker, UserPicker, type Person } from '../../crm/shared/pickers';
import { stageName, usePipelines } from '../shared/stages';
import { SORT_FIELDS, STATUSES, type ListFilters } from './filters';

type Props = { filters: ListFilters; onChange: (next: ListFilters) => void; knownOwners: Person[] };

/** Search, stage, owner, team, status, expected close range and sort of the deal list. */
export function FilterBar({ filters, onChange, knownOwners }: Props) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { pipelines } = usePipelines();
  const [text, setText] = useState(filters.search);
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });

  useEffect(() => {
    const timer = setTimeout(() => {
      if (text.trim() !== filters.search) onChange({ ...filters, search: text.trim() });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const stagesOf = (p: (typeof pipelines)[number]) => p.stages.map((s) => ({ value: s.id, label: stageName(s, i18n.language) }));
  // One pipeline: a flat list; several: grouped by pipeline.
  const stageOptions: { value?: string; label: string; options?: { value: string; label: string }[] }[] =
    pipelines.length > 1 ? pipelines.map((p) => ({ label: p.name, options: stagesOf(p) })) : pipelines.flatMap(stagesOf);
  const wide = { width: 200, maxWidth: '100%' };

  return (
    <Flex wrap gap={8} align="center" data-testid="deal-filters">
      <Input
        allowClear
        type="search"
        prefix={<SearchOutlined />}
        aria-label={t('deals.filters.search')}
        placeholder={t('deals.filters.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="deals-search"
        style={{ width: 260, maxWidth: '100%' }}
      />
      <Select
        allowClear
        aria-label={t('deals.filters.status')}
        placeholder={t('deals.filters.status')}
        value={filters.status ?? undefined}
        options={STATUSES.map((s) => ({ value: s, label: t(`deals.status.${s}`) }))}
        onChange={(status) => set({ status: status ?? null })}
        data-testid="filter-status"
        style={{ width: 130 }}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t('deals.filters.stage')}
        placeholder={t('deals.filters.stage')}
        value={filters.stageIds}
        options={stageOptions}
        onChange={(stageIds: string[]) => set({ stageIds })}
        data-testid="filter-stage"
        style={wide}
      />
      <div style={wide}>
        <UserPicker
          value={filters.ownerId}
          known={knownOwners}
          placeholder={t('deals.filters.owner')}
          onChange={(ownerId) => set({ ownerId })}
          testId="filter-owner"
        />
      </div>
      {canListTeams(me.permissions) && (
        <div style={wide}>
          <TeamPicker value={filters.teamId} onChange={(teamId) => set({ teamId })} testId="filter-team" />
        </div>
      )}
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={filters.closeRange ?? undefined}
        placeholder={[t('deals.filters.closeFrom'), t('deals.filters.closeTo')]}
        onChange={(range) => set({ closeRange: range ? [range[0] ?? null, range[1] ?? null] : null })}
        data-testid="filter-close"
        style={{ maxWidth: '100%' }}
      />
      <Flex gap={0}>
        <Select
          value={filters.sort.field}
          aria-label={t('deals.sort.label')}
          data-testid="sort-field"
          style={{ minWidth: 150 }}
          options={SORT_FIELDS.map((f) => ({ value: f, label: t(`deals.sort.${f}`) }))}
          onChange={(field) => set({ sort: { ...filters.sort, field } })}
        />
        <Button
          aria-label={t(filters.sort.direction === 'ASC' ? 'deals.sort.asc' : 'deals.sort.desc')}
          title={t(filters.sort.direction === 'ASC' ? 'deals.sort.asc' : 'deals.sort.desc')}
          data-testid="sort-direction"
          icon={filters.sort.direction === 'ASC' ? <SortAscendingOutlined /> : <SortDescendingOutlined />}
          onClick={() => set({ sort: { ...filters.sort, direction: filters.sort.direction === 'ASC' ? 'DESC' : 'ASC' } })}
        />
      </Flex>
    </Flex>
  );
}
