import { Button, Col, Drawer, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorCode } from '../../../lib/errors';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { PageSpinner } from '../../layout/PageSpinner';
import { CrmCreateCustomerMutation, CrmCustomerDuplicatesQuery, CrmUpdateCustomerMutation } from '../operations/customer';
import { rawFieldProblems, showCrmFormError } from '../shared/errors';
import { canListTeams, TagSelect, TeamPicker, UserPicker } from '../shared/pickers';
import { useFieldDefs, useStages } from '../shared/settings';
import { CustomFieldItem } from './CustomFieldItem';
import { DuplicateWarning, type Duplicate } from './DuplicateWarning';
import { ListInputs } from './ListInputs';
import { PreferencesInput } from './PreferencesInput';
import { FORM_FIELDS, hasChanges, initialValues, toCreateInput, toUpdateInput, type Customer, type FormValues } from './values';

const MAX_LIST = 10;

type Props = {
  /** The customer to edit, or null for a new one. */
  customer: Customer | null;
  onClose: (saved?: { id: string; name: string }) => void;
};

/** Create or edit a customer: every field, custom fields by type, and a duplicate check before saving. */
export function CustomerDrawer({ customer, onClose }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useClient();
  const [form] = Form.useForm<FormValues>();
  const { active: stages, label: stageLabel, ready: stagesReady } = useStages();
  const { defs, label: defLabel, ready: defsReady } = useFieldDefs();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);
  const canAssign = hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN);
  const masked = customer?.piiMasked ?? false;

  async function findDuplicates(values: FormValues): Promise<Duplicate[]> {
    const input = {
      name: values.name.trim(),
      // Masked values are not the customer's data: nothing to compare.
      phones: masked ? [] : (values.phones ?? []).map((p) => p.trim()).filter(Boolean),
      emails: masked ? [] : (values.emails ?? []).map((e) => e.trim()).filter(Boolean),
      excludeId: customer?.id ?? null,
    };
    const result = await client.query(CrmCustomerDuplicatesQuery, { input }, { requestPolicy: 'network-only' }).toPromise();
    return result.data?.customerDuplicates ?? [];
  }

  async function save(values: FormValues, allowDuplicates: boolean) {
    setFormError(null);
    setBusy(true);
    try {
      if (customer) {
        const input = toUpdateInput(customer, values, defs, canAssign);
        if (!hasChanges(input)) return onClose({ id: customer.id, name: customer.name });
        const identity = input.name !== undefined || input.phones !== undefined || input.emails !== undefined;
        if (identity && !allowDuplicates) {
          const found = await findDuplicates(values);
          if (found.length > 0) return setDuplicates(found);
        }
        const result = await client.mutation(CrmUpdateCustomerMutation, { input }).toPromise();
        if (result.data) return onClose({ id: customer.id, name: result.data.updateCustomer.name });
        return setFormError(showCrmFormError(t, form, result.error, FORM_FIELDS, { NOT_FOUND: 'crm.customer.notFound' }));
      }
      if (!allowDuplicates) {
        const found = await findDuplicates(values);
        if (found.length > 0) return setDuplicates(found);
      }
      const input = toCreateInput(values, defs, canAssign, allowDuplicates);
      const result = await client.mutation(CrmCreateCustomerMutation, { input }).toPromise();
      if (result.data) return onClose(result.data.createCustomer);
      // Someone entered a similar customer between the check and the save.
      if (errorCode(result.error) === 'CONFLICT' && Object.values(rawFieldProblems(result.error)).flat().includes('DUPLICATE')) {
        const found = await findDuplicates(values);
        if (found.length > 0) return setDuplicates(found);
      }
      setFormError(showCrmFormError(t, form, result.error, FORM_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const half = { xs: 24, md: 12 };

  return (
    <Drawer
      open
      title={customer ? t('crm.form.editTitle', { name: customer.name }) : t('crm.form.createTitle')}
      size="min(760px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} data-testid="customer-save" onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {duplicates && (
        <DuplicateWarning
          duplicates={duplicates}
          saving={busy}
          onBack={() => setDuplicates(null)}
          onSaveAnyway={() => {
            setDuplicates(null);
            void save(form.getFieldsValue(true) as FormValues, true);
          }}
        />
      )}
      {!(stagesReady && defsReady) ? (
        <PageSpinner />
      ) : (
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues(customer, defs, stages[0]?.key ?? 'lead')}
        onFinish={(values) => save({ ...(form.getFieldsValue(true) as FormValues), ...values }, false)}
        // Edits after a duplicate warning need a fresh check.
        onValuesChange={() => duplicates && setDuplicates(null)}
      >
        <FormError message={formError} />
        <Form.Item name="kind" label={t('crm.fields.kind')}>
          <Radio.Group
            optionType="button"
            data-testid="customer-kind"
            options={['company', 'person'].map((k) => ({ value: k, label: t(`crm.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('crm.fields.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200 }]}
        >
          <Input autoComplete="off" data-testid="customer-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item label={t('crm.columns.stage')} name="stage">
              <Select data-testid="customer-stage" options={stages.map((s) => ({ value: s.key, label: stageLabel(s.key) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('crm.columns.level')} name="level">
              <Radio.Group optionType="button" data-testid="customer-level" options={['A', 'B', 'C']} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('crm.columns.industry')} name="industry" rules={[{ max: 64 }]}>
              <Input autoComplete="off" data-testid="customer-industry" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('crm.columns.source')} name="source" rules={[{ max: 64 }]}>
              <Input autoComplete="off" data-testid="customer-source" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('crm.fields.website')} name="website" rules={[{ max: 255 }]}>
          <Input autoComplete="off" placeholder="https://" data-testid="customer-website" />
        </Form.Item>
        <Typography.Title level={5}>{t('crm.form.personal')}</Typography.Title>
        <Row gutter={16}>
          <Col {...half}>
            <ListInputs name="phones" label={t('crm.fields.phones')} disabled={masked} max={MAX_LIST} />
          </Col>
          <Col {...half}>
            <ListInputs name="emails" label={t('crm.fields.emails')} disabled={masked} max={MAX_LIST} />
          </Col>
          <Col {...half}>
            <Form.Item label={t('crm.fields.idNumber')} name="idNumber" rules={[{ max: 64 }]}>
              <Input autoComplete="off" disabled={masked} data-testid="customer-id-number" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('crm.fields.address')} name="address" rules={[{ max: 500 }]}>
              <Input autoComplete="off" disabled={masked} data-testid="customer-address" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('crm.form.needs')}</Typography.Title>
        <Form.Item label={t('crm.fields.needs')} name="needs" rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="customer-needs" />
        </Form.Item>
        <PreferencesInput />
        <Form.Item label={t('crm.columns.tags')} name="tags">
          <TagSelect testId="customer-tags" />
        </Form.Item>
        {canAssign && (
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item label={t('crm.columns.owner')} name="ownerId" extra={customer ? undefined : t('crm.form.ownerHelp')}>
                <UserPicker testId="customer-owner" customerId={customer?.id} known={customer?.owner ? [customer.owner] : []} />
              </Form.Item>
            </Col>
            {canListTeams(me.permissions) && (
              <Col {...half}>
                <Form.Item label={t('crm.columns.team')} name="teamId">
                  <TeamPicker testId="customer-team" />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        {defs.length > 0 && <Typography.Title level={5}>{t('crm.form.custom')}</Typography.Title>}
        {defs.map((def) => (
          <CustomFieldItem
            key={def.key}
            def={def}
            label={defLabel(def)}
            masked={!!customer?.customFields.find((c) => c.key === def.key)?.masked}
          />
        ))}
      </Form>
      )}
    </Drawer>
  );
}
