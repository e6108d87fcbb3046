import { AutoComplete, Form, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { TeamPicker, UserPicker } from '../../crm/shared/pickers';
import { DealsSetSalesTargetMutation } from '../operations/pipelines';
import { showDealFormError } from '../shared/errors';
import { COMMON_CURRENCIES } from '../shared/money';
import { useDefaultCurrency } from '../shared/useDefaultCurrency';
import type { Target } from './TargetsPage';

type Values = { kind: 'user' | 'team'; userId?: string | null; teamId?: string | null; amount?: string | null; currency: string };

type Props = { month: string; target: Target | null; onClose: (saved?: boolean) => void };

/** Set one user's or one team's target for a month (an existing one: its amount and currency). */
export function TargetModal({ month, target, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { currency } = useDefaultCurrency();
  const [{ fetching }, save] = useMutation(DealsSetSalesTargetMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? (target?.team ? 'team' : 'user');

  async function onFinish(v: Values) {
    setFormError(null);
    const result = await save({
      input: {
        month,
        userId: v.kind === 'user' ? v.userId ?? null : null,
        teamId: v.kind === 'team' ? v.teamId ?? null : null,
        amount: v.amount ?? '0',
        currency: v.currency.trim().toUpperCase() || null,
      },
    });
    if (result.error) return setFormError(showDealFormError(t, form, result.error, ['userId', 'teamId', 'amount', 'currency']));
    onClose(true);
  }

  return (
    <Modal
      open
      title={t('deals.targets.modalTitle', { month })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ 'data-testid': 'target-save' } as never}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{
          kind: target?.team ? 'team' : 'user',
          userId: target?.user?.id ?? null,
          teamId: target?.team?.id ?? null,
          amount: target ? String(target.amount) : null,
          currency: target?.currency ?? '',
        }}
      >
        <FormError message={formError} />
        <Form.Item name="kind" label={t('deals.targets.for')}>
          <Radio.Group
            optionType="button"
            disabled={target !== null}
            options={[
              { value: 'user', label: t('deals.targets.user') },
              { value: 'team', label: t('deals.targets.team') },
            ]}
            data-testid="target-kind"
          />
        </Form.Item>
        {kind === 'user' ? (
          <Form.Item name="userId" label={t('deals.targets.user')} rules={[{ required: true, message: t('form.required') }]}>
            <UserPicker known={target?.user ? [target.user] : []} testId="target-user" />
          </Form.Item>
        ) : (
          <Form.Item name="teamId" label={t('deals.targets.team')} rules={[{ required: true, message: t('form.required') }]}>
            <TeamPicker testId="target-team" />
          </Form.Item>
        )}
        <Form.Item name="amount" label={t('deals.targets.amount')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber<string> stringMode min="0" precision={2} style={{ width: '100%' }} data-testid="target-amount" />
        </Form.Item>
        <Form.Item
          name="currency"
          label={t('deals.fields.currency')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[{ pattern: /^[A-Z]{3}$/, message: t('deals.problems.INVALID_CURRENCY') }]}
        >
          <AutoComplete options={COMMON_CURRENCIES.map((c) => ({ value: c }))} maxLength={3} placeholder={currency} data-testid="target-currency" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
