import { AutoComplete, Button, Col, DatePicker, Drawer, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { canListTeams, TeamPicker, UserPicker } from '../../crm/shared/pickers';
import { PageSpinner } from '../../layout/PageSpinner';
import { DealsCreateDealMutation, DealsUpdateDealMutation } from '../operations/deals';
import { showDealFormError } from '../shared/errors';
import { COMMON_CURRENCIES } from '../shared/money';
import { defaultPipeline, stageName, usableStages, usePipelines } from '../shared/stages';
import { useDefaultCurrency } from '../shared/useDefaultCurrency';
import { ContactSelect, CustomerSelect } from './pickers';
import { ProductsInput } from './ProductsInput';
import { FORM_FIELDS, hasChanges, initialValues, toCreateInput, toUpdateInput, type Deal, type FormValues } from './values';

type Props = {
  /** The deal to edit, or null for a new one. */
  deal: Deal | null;
  /** New deals: the pipeline (default: the default one) and a fixed customer. */
  pipelineId?: string;
  customer?: { id: string; name: string };
  onClose: (saved?: { id: string; title: string }) => void;
};

/**
 * Create or edit a deal. The probability follows the chosen stage until typed in; a lost stage
 * asks for the reason; owner and team are offered to users who may assign (customers.assign).
 */
export function DealDrawer({ deal, pipelineId, customer, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const client = useClient();
  const [form] = Form.useForm<FormValues>();
  const { pipelines, ready } = usePipelines();
  const { currency, ready: currencyReady } = useDefaultCurrency();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [probabilityTouched, setProbabilityTouched] = useState(false);
  const canAssign = hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN);

  const chosenPipeline = Form.useWatch('pipelineId', form);
  const chosenStage = Form.useWatch('stageId', form);
  const chosenCustomer = Form.useWatch('customerId', form);
  const chosenCurrency = Form.useWatch('currency', form) ?? currency;
  const pipeline = pipelines.find((p) => p.id === chosenPipeline) ?? defaultPipeline(pipelines);
  const stages = usableStages(pipeline, deal?.stage.id);
  const stage = stages.find((s) => s.id === chosenStage);

  const initial = useMemo(() => {
    const start = pipelines.find((p) => p.id === pipelineId) ?? defaultPipeline(pipelines);
    const first = usableStages(start).find((s) => s.kind === 'OPEN');
    return initialValues(deal, { currency, pipelineId: start?.id, stageId: first?.id, probability: first?.probability, customer });
    // The form mounts once both are in; later answers must not reset what the user typed.
  }, [ready, currencyReady]);

  function onValuesChange(changed: Partial<FormValues>) {
    if ('probability' in changed) setProbabilityTouched(true);
    if ('pipelineId' in changed) {
      const next = pipelines.find((p) => p.id === changed.pipelineId);
      const first = usableStages(next).find((s) => s.kind === 'OPEN');
      form.setFieldValue('stageId', first?.id ?? null);
      if (!probabilityTouched) form.setFieldValue('probability', first?.probability ?? null);
    }
    if ('stageId' in changed && !probabilityTouched) {
      const next = stages.find((s) => s.id === changed.stageId);
      if (next) form.setFieldValue('probability', next.probability);
    }
    if ('customerId' in changed) form.setFieldValue('contactId', null);
  }

  async function save(values: FormValues) {
    setFormError(null);
    setBusy(true);
    try {
      if (deal) {
        const input = toUpdateInput(deal, values, canAssign);
        if (!hasChanges(input)) return onClose({ id: deal.id, title: deal.title });
        const result = await client.mutation(DealsUpdateDealMutation, { input }).toPromise();
        if (result.data) return onClose(result.data.updateDeal);
        return setFormError(showDealFormError(t, form, result.error, FORM_FIELDS, { NOT_FOUND: 'deals.notFound' }, ['products']));
      }
      const result = await client.mutation(DealsCreateDealMutation, { input: toCreateInput(values, canAssign) }).toPromise();
      if (result.data) return onClose(result.data.createDeal);
      setFormError(showDealFormError(t, form, result.error, FORM_FIELDS, {}, ['products']));
    } finally {
      setBusy(false);
    }
  }

  const half = { xs: 24, md: 12 };
  const third = { xs: 24, md: 8 };

  return (
    <Drawer
      open
      title={deal ? t('deals.form.editTitle', { title: deal.title }) : t('deals.form.createTitle')}
      size="min(760px, 100vw)"
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} data-testid="deal-save" onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {!(ready && currencyReady) ? (
        <PageSpinner />
      ) : (
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={initial}
          onValuesChange={onValuesChange}
          onFinish={() => save(form.getFieldsValue(true) as FormValues)}
        >
          <FormError message={formError} />
          <Form.Item label={t('deals.fields.title')} name="title" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200 }]}>
            <Input autoComplete="off" data-testid="deal-title" />
          </Form.Item>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item label={t('deals.fields.customer')} name="customerId" rules={[{ required: true, message: t('form.required') }]}>
                <CustomerSelect known={deal?.customer ?? customer ?? null} testId="deal-customer" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item label={t('deals.fields.contact')} name="contactId">
                <ContactSelect customerId={chosenCustomer} testId="deal-contact" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={16} md={12}>
              <Form.Item label={t('deals.fields.amount')} name="amount">
                <InputNumber<string> stringMode min="0" precision={2} style={{ width: '100%' }} data-testid="deal-amount" />
              </Form.Item>
            </Col>
            <Col xs={8} md={12}>
              <Form.Item
                label={t('deals.fields.currency')}
                name="currency"
                normalize={(v: string) => v.toUpperCase()}
                rules={[{ pattern: /^[A-Z]{3}$/, message: t('deals.problems.INVALID_CURRENCY') }]}
              >
                <AutoComplete options={COMMON_CURRENCIES.map((c) => ({ value: c }))} maxLength={3} data-testid="deal-currency" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            {pipelines.length > 1 && (
              <Col {...third}>
                <Form.Item label={t('deals.fields.pipeline')} name="pipelineId">
                  <Select data-testid="deal-pipeline" options={pipelines.map((p) => ({ value: p.id, label: p.name }))} />
                </Form.Item>
              </Col>
            )}
            <Col {...third}>
              <Form.Item label={t('deals.fields.stage')} name="stageId">
                <Select data-testid="deal-stage" options={stages.map((s) => ({ value: s.id, label: stageName(s, i18n.language) }))} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item label={t('deals.fields.probability')} name="probability">
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} data-testid="deal-probability" />
              </Form.Item>
            </Col>
          </Row>
          {stage?.kind === 'LOST' && (
            <Form.Item
              label={t('deals.fields.lostReason')}
              name="lostReason"
              rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 255 }]}
            >
              <Input data-testid="deal-lost-reason" />
            </Form.Item>
          )}
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item label={t('deals.fields.expectedCloseDate')} name="expectedCloseDate">
                <DatePicker style={{ width: '100%' }} data-testid="deal-close-date" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item label={t('deals.fields.source')} name="source" rules={[{ max: 64 }]}>
                <Input data-testid="deal-source" />
              </Form.Item>
            </Col>
          </Row>
          {canAssign && (
            <Row gutter={16}>
              <Col {...half}>
                <Form.Item label={t('deals.fields.owner')} name="ownerId">
                  <UserPicker customerId={chosenCustomer ?? undefined} known={deal?.owner ? [deal.owner] : []} testId="deal-owner" />
                </Form.Item>
              </Col>
              {canListTeams(me.permissions) && (
                <Col {...half}>
                  <Form.Item label={t('deals.fields.team')} name="teamId">
                    <TeamPicker testId="deal-team" />
                  </Form.Item>
                </Col>
              )}
            </Row>
          )}
          <Form.Item label={t('deals.fields.products')}>
            <ProductsInput currency={chosenCurrency} onUseTotal={(total) => form.setFieldValue('amount', total)} />
          </Form.Item>
          <Form.Item label={t('deals.fields.notes')} name="notes" rules={[{ max: 20000 }]}>
            <Input.TextArea rows={4} data-testid="deal-notes" />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
