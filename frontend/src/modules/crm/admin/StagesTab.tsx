import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorCode } from '../../../lib/errors';
import { PageSpinner } from '../../layout/PageSpinner';
import { CrmSetStagesMutation, CrmStagesQuery } from '../operations/settings';
import { showCrmFormError } from '../shared/errors';

type StageRow = { key: string; labelEn: string; labelZh: string; archived: boolean; saved: boolean };
type Values = { stages: StageRow[] };

const KEY = /^[a-z0-9_]{1,32}$/;

/** Stages still in use that the server refused to remove (`extensions.stages`). */
export function stagesInUse(extensions: Record<string, unknown> | undefined): string[] {
  const stages = extensions?.stages;
  return Array.isArray(stages) ? stages.filter((s): s is string => typeof s === 'string') : [];
}

/** The lifecycle stage list: order, labels in both languages, archive; stages in use can't be removed. */
export function StagesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching }] = useQuery({ query: CrmStagesQuery, requestPolicy: 'network-only' });
  const [{ fetching: saving }, setStages] = useMutation(CrmSetStagesMutation);
  const [formError, setFormError] = useState<string | null>(null);

  if (!data) return fetching ? <PageSpinner /> : null;

  async function onFinish({ stages }: Values) {
    setFormError(null);
    const result = await setStages({
      input: {
        stages: stages.map((s) => ({ key: s.key.trim(), labelEn: s.labelEn.trim(), labelZh: s.labelZh.trim(), archived: s.archived })),
      },
    });
    if (result.data) {
      form.setFieldsValue({ stages: result.data.setCustomerStages.map((s) => ({ ...s, saved: true })) });
      return void message.success(t('crm.admin.stages.saved'));
    }
    const used = stagesInUse(result.error?.graphQLErrors[0]?.extensions);
    if (errorCode(result.error) === 'CONFLICT' && used.length > 0) {
      return setFormError(t('crm.admin.stages.inUse', { stages: used.join(', ') }));
    }
    setFormError(showCrmFormError(t, form, result.error, ['stages']));
  }

  const initial: Values = { stages: data.customerStages.map((s) => ({ ...s, saved: true })) };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={onFinish}>
      <Typography.Paragraph type="secondary">{t('crm.admin.stages.help')}</Typography.Paragraph>
      <FormError message={formError} />
      <Form.List name="stages">
        {(fields, { add, remove, move }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => {
              const saved = form.getFieldValue(['stages', field.name, 'saved']) as boolean | undefined;
              return (
                <Card size="small" key={field.key} data-testid={`stage-${index}`}>
                  <Flex wrap gap={8} align="start">
                    <Form.Item
                      name={[field.name, 'key']}
                      label={t('crm.admin.stages.key')}
                      style={{ marginBottom: 0, width: 140 }}
                      rules={[{ required: true, pattern: KEY, message: t('crm.admin.stages.keyHelp') }]}
                    >
                      <Input autoComplete="off" disabled={saved} data-testid={`stage-key-${index}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'labelEn']}
                      label={t('crm.admin.fields.labelEn')}
                      style={{ marginBottom: 0, flex: '1 1 140px' }}
                      rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}
                    >
                      <Input autoComplete="off" data-testid={`stage-label-en-${index}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'labelZh']}
                      label={t('crm.admin.fields.labelZh')}
                      style={{ marginBottom: 0, flex: '1 1 140px' }}
                      rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}
                    >
                      <Input autoComplete="off" data-testid={`stage-label-zh-${index}`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'archived']} label={t('crm.admin.stages.archived')} valuePropName="checked" style={{ marginBottom: 0 }}>
                      <Switch data-testid={`stage-archived-${index}`} />
                    </Form.Item>
                    <Flex gap={4} style={{ alignSelf: 'end' }}>
                      <Button icon={<ArrowUpOutlined />} aria-label={t('crm.admin.stages.up')} disabled={index === 0} onClick={() => move(index, index - 1)} />
                      <Button
                        icon={<ArrowDownOutlined />}
                        aria-label={t('crm.admin.stages.down')}
                        disabled={index === fields.length - 1}
                        onClick={() => move(index, index + 1)}
                      />
                      <Button
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('crm.admin.stages.remove')}
                        data-testid={`stage-remove-${index}`}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                      />
                    </Flex>
                  </Flex>
                </Card>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Flex gap={8} wrap>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="stage-add"
                onClick={() => add({ key: '', labelEn: '', labelZh: '', archived: false, saved: false })}
              >
                {t('crm.admin.stages.add')}
              </Button>
              <Button type="primary" loading={saving} data-testid="stages-save" onClick={() => form.submit()}>
                {t('common.save')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
