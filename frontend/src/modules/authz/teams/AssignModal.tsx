import { Form, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { showFormError } from '../errors';
import { useStepUp } from '../stepup';
import { AuthzSetUserTeamMutation, AuthzUserOptionsQuery } from './operations';
import { teamPath, type TeamRow } from './tree';

type Values = { userId?: string; teamId: string };

// The "no team" choice: Select values cannot be null.
const NO_TEAM = '';

/** Put a user in a team (or take them out of every team). Changes what their roles' data scope covers. */
export function AssignModal({ teams, teamId, onClose }: { teams: readonly TeamRow[]; teamId: string | null; onClose: (saved?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const { withStepUp } = useStepUp();
  const [{ fetching }, setUserTeam] = useMutation(AuthzSetUserTeamMutation);
  const [{ data: users, fetching: searching }] = useQuery({ query: AuthzUserOptionsQuery, variables: { search } });

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 250);
    return () => clearTimeout(timer);
  }, [searchText]);

  async function onFinish(values: Values) {
    setFormError(null);
    const user = users?.users.items.find((u) => u.id === values.userId);
    const result = await withStepUp(() => setUserTeam({ userId: values.userId!, teamId: values.teamId || null }));
    if (!result.error) return onClose(t('authz.teams.assigned', { user: user?.username ?? '' }));
    setFormError(showFormError(t, form, result.error, ['userId', 'teamId']));
  }

  const teamOptions = [
    { value: NO_TEAM, label: t('authz.teams.noTeam') },
    ...teams.map((x) => ({ value: x.id, label: teamPath(teams, x.id) })).sort((a, b) => a.label.localeCompare(b.label)),
  ];

  return (
    <Modal
      open
      title={t('authz.teams.assignTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'team-assign-save', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={{ teamId: teamId ?? NO_TEAM }} onFinish={onFinish}>
        <FormError message={formError} />
        <Form.Item label={t('authz.teams.user')} name="userId" rules={[{ required: true, message: t('form.required') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearchText }}
            loading={searching}
            placeholder={t('authz.teams.userSearch')}
            options={(users?.users.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
            data-testid="team-assign-user"
          />
        </Form.Item>
        <Form.Item label={t('authz.teams.team')} name="teamId">
          <Select showSearch={{ optionFilterProp: 'label' }} options={teamOptions} data-testid="team-assign-team" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
