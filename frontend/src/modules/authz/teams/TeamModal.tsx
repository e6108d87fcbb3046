import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { showFormError } from '../errors';
import { AuthzCreateTeamMutation, AuthzUpdateTeamMutation } from './operations';
import { subtreeIds, teamPath, type TeamRow } from './tree';

export type TeamEdit = { kind: 'create'; parentId: string | null } | { kind: 'edit'; team: TeamRow };

type Values = { name: string; parentId?: string | null };

/** Create a team under a parent, or rename and move one (its own subtree is not offered as a parent). */
export function TeamModal({ edit, teams, onClose }: { edit: TeamEdit; teams: readonly TeamRow[]; onClose: (saved?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [create, createTeam] = useMutation(AuthzCreateTeamMutation);
  const [update, updateTeam] = useMutation(AuthzUpdateTeamMutation);

  const team = edit.kind === 'edit' ? edit.team : null;
  const excluded = team ? subtreeIds(teams, team.id) : new Set<string>();
  const parentOptions = teams
    .filter((x) => !excluded.has(x.id))
    .map((x) => ({ value: x.id, label: teamPath(teams, x.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const initialValues: Values = team
    ? { name: team.name, parentId: team.parentId ?? null }
    : { name: '', parentId: edit.kind === 'create' ? edit.parentId : null };

  async function onFinish(values: Values) {
    setFormError(null);
    const name = values.name.trim();
    const parentId = values.parentId || null;
    const result = team
      ? await updateTeam({ input: { id: team.id, name, parentId, move: true } })
      : await createTeam({ input: { name, parentId } });
    if (!result.error) return onClose(t(team ? 'authz.teams.updated' : 'authz.teams.created', { name }));
    setFormError(showFormError(t, form, result.error, ['name', 'parentId']));
  }

  return (
    <Modal
      open
      title={team ? t('authz.teams.editTitle', { name: team.name }) : t('authz.teams.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'team-save', loading: create.fetching || update.fetching }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item
          label={t('authz.teams.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 128 }]}
        >
          <Input autoComplete="off" data-testid="team-name" />
        </Form.Item>
        <Form.Item label={t('authz.teams.parent')} name="parentId" extra={t('authz.teams.parentHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('authz.teams.noParent')}
            options={parentOptions}
            data-testid="team-parent"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
