import { DatePicker, Flex, Grid, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PRESETS, presetRange, type DashboardFilters, type Scope } from './filters';

export type TeamOption = { id: string; name: string };

type Props = {
  value: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
  /** Whether the viewer may see their team's figures (reports.read with a team-wide scope). */
  canTeam: boolean;
  teams: TeamOption[];
};

/** Date range (with presets), "mine / my team" and, in team mode, one team of the viewer's scope. */
export function FilterBar({ value, onChange, canTeam, teams }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const presets = PRESETS.map((p) => {
    const r = presetRange(p);
    return { label: t(`reports.filters.presets.${p}`), value: [dayjs(r.from), dayjs(r.to)] as [dayjs.Dayjs, dayjs.Dayjs] };
  });

  return (
    <Flex wrap gap={8} align="center" data-testid="dashboard-filters">
      <DatePicker.RangePicker
        aria-label={t('reports.filters.range')}
        allowClear={false}
        value={[dayjs(value.from), dayjs(value.to)]}
        presets={presets}
        // On a phone one month at a time fits; the panel is still a popup over the page.
        style={narrow ? { width: '100%' } : undefined}
        onChange={(range) => {
          const [from, to] = range ?? [];
          if (from && to) onChange({ ...value, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
        }}
        data-testid="dashboard-range"
      />
      {canTeam && (
        <Segmented<Scope>
          aria-label={t('reports.filters.scope')}
          value={value.scope}
          onChange={(scope) => onChange({ ...value, scope, teamId: null })}
          options={[
            { value: 'MINE', label: <span data-testid="scope-mine">{t('reports.filters.mine')}</span> },
            { value: 'TEAM', label: <span data-testid="scope-team">{t('reports.filters.team')}</span> },
          ]}
        />
      )}
      {canTeam && value.scope === 'TEAM' && teams.length > 1 && (
        <Select
          aria-label={t('reports.filters.teamPick')}
          value={value.teamId ?? ''}
          onChange={(teamId: string) => onChange({ ...value, teamId: teamId || null })}
          options={[
            { value: '', label: t('reports.filters.allTeams') },
            ...teams.map((team) => ({ value: team.id, label: team.name })),
          ]}
          style={{ minWidth: 180, ...(narrow ? { width: '100%' } : {}) }}
          data-testid="dashboard-team"
        />
      )}
    </Flex>
  );
}
