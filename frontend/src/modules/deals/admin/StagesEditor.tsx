import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { StageKind } from '../../../graphql/graphql';
import { DealsSetPipelineStagesMutation } from '../operations/pipelines';
import { showDealFormError } from '../shared/errors';
import type { Pipeline } from '../shared/stages';
import { stagesInput, type StageRow } from './stageRows';

const KINDS: StageKind[] = ['OPEN', 'WON', 'LOST'];

type Props = { pipeline: Pipeline; onSaved: () => void };

/**
 * A pipeline's stages in board order: add, rename (both languages), reorder with the arrow buttons,
 * default probability, kind, archive. Saved as one list; a stage in use can only be archived.
 */
export function StagesEditor({ pipeline, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ stages: StageRow[] }>();
  const [, save] = useMutation(DealsSetPipelineStagesMutation);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  async function onFinish() {
    setBusy(true);
    setFormError(null);
    // getFieldsValue(true): the rows' ids are not form fields, and onFinish's values would drop them.
    const rows = (form.getFieldsValue(true) as { stages: StageRow[] }).stages;
    const result = await save({ input: { pipelineId: pipeline.id, stages: stagesInput(rows) } });
    setBusy(false);
    if (result.error) return setFormError(showDealFormError(t, form, result.error, ['stages'], {}, ['stages']));
    void message.success(t('deals.admin.stagesSaved'));
    onSaved();
  }

  return (
    <Form<{ stages: StageRow[] }>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ stages: pipeline.stages.map((s) => ({ ...s })) }}
      onFinish={onFinish}
      data-testid={`stages-form-${pipeline.id}`}
    >
      <FormError message={formError} />
      <Form.List name="stages">
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <Card size="small" key={field.key} data-testid={`stage-row-${i}`}>
                <Flex wrap gap={8} align="start">
                  <Form.Item
                    name={[field.name, 'nameEn']}
                    label={t('deals.admin.nameEn')}
                    rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}
                    style={{ flex: '1 1 140px', marginBottom: 0 }}
                  >
                    <Input data-testid={`stage-name-en-${i}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'nameZh']}
                    label={t('deals.admin.nameZh')}
                    rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 64 }]}
                    style={{ flex: '1 1 120px', marginBottom: 0 }}
                  >
                    <Input data-testid={`stage-name-zh-${i}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'probability']} label={t('deals.fields.probability')} style={{ flex: '0 0 100px', marginBottom: 0 }}>
                    <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} data-testid={`stage-probability-${i}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} label={t('deals.admin.kind')} style={{ flex: '0 0 110px', marginBottom: 0 }}>
                    <Select options={KINDS.map((k) => ({ value: k, label: t(`deals.kinds.${k}`) }))} data-testid={`stage-kind-${i}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'archived']} valuePropName="checked" label=" " style={{ marginBottom: 0 }}>
                    <Checkbox data-testid={`stage-archived-${i}`}>{t('deals.admin.archived')}</Checkbox>
                  </Form.Item>
                  <Flex gap={4} style={{ paddingTop: 30 }}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('deals.admin.up')}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                      data-testid={`stage-up-${i}`}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('deals.admin.down')}
                      disabled={i === fields.length - 1}
                      onClick={() => move(i, i + 1)}
                      data-testid={`stage-down-${i}`}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('deals.admin.remove')}
                      onClick={() => remove(field.name)}
                      data-testid={`stage-remove-${i}`}
                    />
                  </Flex>
                </Flex>
              </Card>
            ))}
            <Flex justify="space-between" wrap gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => add({ nameEn: '', nameZh: '', probability: 0, kind: 'OPEN', archived: false })} data-testid="stage-add">
                {t('deals.admin.addStage')}
              </Button>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="stages-save">
                {t('deals.admin.saveStages')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
