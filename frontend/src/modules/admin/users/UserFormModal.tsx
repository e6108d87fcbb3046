import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { showServerError } from '../../../lib/formErrors';
import { currentLanguage, LANGUAGES } from '../../../lib/i18n';
import { useStepUp } from '../../mfa/stepup';
import { CreateUserMutation, RolesQuery, SetUserRolesMutation, UpdateUserMutation } from './operations';
import type { UserRow } from './types';

export type UserModal = { kind: 'invite' } | { kind: 'edit'; user: UserRow } | { kind: 'roles'; user: UserRow };

type Values = { username?: string; email?: string; displayName?: string; roles?: string[]; language?: string };

const CONFIRM_IDS = { invite: 'invite-confirm', edit: 'edit-confirm', roles: 'roles-confirm' } as const;

/** Invite a user, edit one's profile, or set one's roles: one modal, the fields each needs. */
export function UserFormModal({ modal, onClose }: { modal: UserModal; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [{ data: roles }] = useQuery({ query: RolesQuery, pause: modal.kind === 'edit' });
  const [, createUser] = useMutation(CreateUserMutation);
  const [, updateUser] = useMutation(UpdateUserMutation);
  const [, setRoles] = useMutation(SetUserRolesMutation);
  // Profile and role changes need a recent sign-in; the dialog asks for one when it has gone stale.
  const { withStepUp } = useStepUp();

  const user = modal.kind === 'invite' ? null : modal.user;
  const initialValues: Values = user
    ? { email: user.email, displayName: user.displayName, language: user.language, roles: user.roles }
    : { language: currentLanguage(), roles: [] };

  async function onFinish(values: Values) {
    setFormError(null);
    setBusy(true);
    let result;
    let fields: string[];
    if (modal.kind === 'invite') {
      fields = ['username', 'email', 'displayName', 'roles', 'language'];
      result = await createUser({
        input: {
          username: values.username!.trim(),
          email: values.email!.trim(),
          displayName: values.displayName!.trim(),
          roles: values.roles ?? [],
          language: values.language!,
        },
      });
    } else if (modal.kind === 'edit') {
      fields = ['email', 'displayName', 'language'];
      const input = { id: modal.user.id, email: values.email, displayName: values.displayName, language: values.language };
      result = await withStepUp(() => updateUser({ input }));
    } else {
      fields = ['roles'];
      const input = { id: modal.user.id, roles: values.roles ?? [] };
      result = await withStepUp(() => setRoles({ input }));
    }
    setBusy(false);
    if (!result.error) {
      onClose(t(`users.saved.${modal.kind}`));
      return;
    }
    setFormError(showServerError(t, form, result.error, fields));
  }

  const roleOptions = (roles?.roles ?? []).map((r) => ({ value: r.name, label: r.name, title: r.description }));
  const required = [{ required: true, message: t('form.required') }];

  return (
    <Modal
      open
      title={t(`users.modal.${modal.kind}`, { name: user?.username })}
      okText={t(modal.kind === 'invite' ? 'users.invite' : 'common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': CONFIRM_IDS[modal.kind], loading: busy }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={onFinish}>
        <FormError message={formError} />
        {modal.kind === 'invite' && (
          <Form.Item label={t('users.username')} name="username" rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {modal.kind !== 'roles' && (
          <>
            <Form.Item label={t('users.email')} name="email" rules={[...required, { type: 'email', message: t('problems.INVALID_EMAIL') }]}>
              <Input type="email" autoComplete="off" />
            </Form.Item>
            <Form.Item label={t('users.displayName')} name="displayName" rules={required}>
              <Input autoComplete="off" />
            </Form.Item>
          </>
        )}
        {modal.kind !== 'edit' && (
          <Form.Item label={t('users.roles')} name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
            <Select mode="multiple" options={roleOptions} />
          </Form.Item>
        )}
        {modal.kind !== 'roles' && (
          <Form.Item label={t('users.language')} name="language">
            <Select options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.names.${l}`) }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
