import { Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/me';
import { canListTeams, TagSelect, usePeople, useTeams, type Person } from '../shared/pickers';
import { useFieldDefs, useStages, type FieldDef } from '../shared/settings';
import { EMPTY_FILTERS, type CustomCondition, type DayRange, type ListFilters } from './filters';

type Range = [Dayjs | null, Dayjs | null] | null;

type Values = {
  stages: string[];
  levels: string[];
  kinds: string[];
  ownerIds: string[];
  teamIds: string[];
  tags: string[];
  created: Range;
  lastActivity: Range;
};

const toRange = (r: DayRange | null): Range => (r ? [dayjs(r[0]), dayjs(r[1])] : null);
const fromRange = (r: Range): DayRange | null =>
  r && r[0] && r[1] ? [r[0].format('YYYY-MM-DD'), r[1].format('YYYY-MM-DD')] : null;

/** Custom fields one may filter on: not sensitive (those are encrypted, never searched), not archived. */
export const filterableDefs = (defs: FieldDef[]) => defs.filter((d) => !d.sensitive && !d.archived);

function CustomInput({ def, value, onChange }: { def: FieldDef; value: CustomCondition; onChange: (c: CustomCondition) => void }) {
  const { t } = useTranslation();
  const testId = `filter-cf-${def.key}`;
  switch (def.type) {
    case 'SELECT':
    case 'MULTISELECT':
      return (
        <Select
          mode="multiple"
          allowClear
          value={value.values ?? []}
          onChange={(values: string[]) => onChange({ values })}
          options={def.options.map((o) => ({ value: o, label: o }))}
          data-testid={testId}
        />
      );
    case 'NUMBER':
      return (
        <Flex gap={8}>
          <InputNumber<string>
            stringMode
            placeholder={t('crm.filters.min')}
            value={value.min ?? null}
            onChange={(min) => onChange({ ...value, min: min ?? undefined })}
            style={{ width: '100%' }}
          />
          <InputNumber<string>
            stringMode
            placeholder={t('crm.filters.max')}
            value={value.max ?? null}
            onChange={(max) => onChange({ ...value, max: max ?? undefined })}
            style={{ width: '100%' }}
          />
        </Flex>
      );
    case 'DATE':
      return (
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          value={value.min && value.max ? [dayjs(value.min), dayjs(value.max)] : null}
          onChange={(r) => {
            const days = fromRange(r as Range);
            onChange(days ? { min: days[0], max: days[1] } : {});
          }}
        />
      );
    default:
      return (
        <Input
          allowClear
          value={value.value ?? ''}
          placeholder={t('crm.filters.contains')}
          onChange={(e) => onChange({ value: e.target.value })}
          data-testid={testId}
        />
      );
  }
}

type Props = {
  filters: ListFilters;
  /** Owners seen in the list, offered when the user may not list every user. */
  knownOwners: Person[];
  onApply: (filters: ListFilters) => void;
  onClose: () => void;
};

/** Every filter of the customer list; applied together. */
export function FilterDrawer({ filters, knownOwners, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const { active: stages, label: stageLabel } = useStages();
  const { defs, label } = useFieldDefs();
  const [custom, setCustom] = useState<Record<string, CustomCondition>>(filters.custom);
  const { people } = usePeople('');
  const { teams } = useTeams();

  const owners = new Map<string, string>([[me.id, me.displayName]]);
  for (const p of knownOwners) owners.set(p.id, p.displayName);
  for (const p of people) owners.set(p.id, p.displayName);

  function apply(values: Values) {
    onApply({
      ...filters,
      stages: values.stages ?? [],
      levels: values.levels ?? [],
      kinds: values.kinds ?? [],
      ownerIds: values.ownerIds ?? [],
      teamIds: values.teamIds ?? [],
      tags: values.tags ?? [],
      created: fromRange(values.created),
      lastActivity: fromRange(values.lastActivity),
      custom,
    });
  }

  return (
    <Drawer
      open
      title={t('crm.filters.title')}
      size="min(480px, 100vw)"
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button
            data-testid="filters-reset"
            onClick={() => onApply({ ...EMPTY_FILTERS, search: filters.search, sort: filters.sort })}
          >
            {t('crm.filters.reset')}
          </Button>
          <Button type="primary" data-testid="filters-apply" onClick={() => form.submit()}>
            {t('crm.filters.apply')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={apply}
        initialValues={{
          stages: filters.stages,
          levels: filters.levels,
          kinds: filters.kinds,
          ownerIds: filters.ownerIds,
          teamIds: filters.teamIds,
          tags: filters.tags,
          created: toRange(filters.created),
          lastActivity: toRange(filters.lastActivity),
        }}
      >
        <Form.Item label={t('crm.columns.stage')} name="stages">
          <Select
            mode="multiple"
            allowClear
            data-testid="filter-stages"
            options={stages.map((s) => ({ value: s.key, label: stageLabel(s.key) }))}
          />
        </Form.Item>
        <Form.Item label={t('crm.columns.level')} name="levels">
          <Checkbox.Group options={['A', 'B', 'C']} data-testid="filter-levels" />
        </Form.Item>
        <Form.Item label={t('crm.fields.kind')} name="kinds">
          <Checkbox.Group
            options={['company', 'person'].map((k) => ({ value: k, label: t(`crm.kinds.${k}`) }))}
            data-testid="filter-kinds"
          />
        </Form.Item>
        <Form.Item label={t('crm.columns.owner')} name="ownerIds">
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="filter-owners"
            options={[...owners].map(([id, name]) => ({ value: id, label: name }))}
          />
        </Form.Item>
        {canListTeams(me.permissions) && (
          <Form.Item label={t('crm.columns.team')} name="teamIds">
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="filter-teams"
              options={teams.map((team) => ({ value: team.id, label: team.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('crm.columns.tags')} name="tags">
          <TagSelect testId="filter-tags" allowNew={false} />
        </Form.Item>
        <Form.Item label={t('crm.filters.created')} name="created">
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="filter-created" />
        </Form.Item>
        <Form.Item label={t('crm.filters.lastActivity')} name="lastActivity">
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="filter-last-activity" />
        </Form.Item>
        {filterableDefs(defs).map((def) => (
          <Form.Item key={def.key} label={label(def)}>
            <CustomInput
              def={def}
              value={custom[def.key] ?? {}}
              onChange={(c) => setCustom((prev) => ({ ...prev, [def.key]: c }))}
            />
          </Form.Item>
        ))}
      </Form>
    </Drawer>
  );
}
