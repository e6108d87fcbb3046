import { App, Button, Flex, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import type { PipelineUpdateInput } from '../../../graphql/graphql';
import { DealsUpdatePipelineMutation } from '../operations/pipelines';
import { dealError, showDealFormError } from '../shared/errors';
import type { Pipeline } from '../shared/stages';

type Props = { pipeline: Pipeline; onSaved: () => void };

/** A pipeline's name, whether it is the default one, and archiving (not for the default one). */
export function PipelineSettings({ pipeline, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [{ fetching }, update] = useMutation(DealsUpdatePipelineMutation);
  const [formError, setFormError] = useState<string | null>(null);

  async function send(input: Omit<PipelineUpdateInput, 'id'>, done: string) {
    setFormError(null);
    const result = await update({ input: { id: pipeline.id, ...input } });
    if (result.error) {
      if (input.name !== undefined) setFormError(showDealFormError(t, form, result.error, ['name']));
      else void message.error(dealError(t, result.error));
      return;
    }
    void message.success(done);
    onSaved();
  }

  return (
    <Flex vertical gap={8}>
      <FormError message={formError} />
      <Form form={form} layout="inline" initialValues={{ name: pipeline.name }} onFinish={(v) => send({ name: v.name.trim() }, t('deals.admin.pipelineSaved'))}>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100 }]} style={{ minWidth: 220 }}>
          <Input aria-label={t('deals.admin.pipelineName')} data-testid={`pipeline-name-${pipeline.id}`} />
        </Form.Item>
        <Button htmlType="submit" loading={fetching} data-testid={`pipeline-rename-${pipeline.id}`}>
          {t('deals.admin.rename')}
        </Button>
      </Form>
      <Flex gap={8} wrap align="center">
        {pipeline.isDefault ? (
          <Tag color="blue" data-testid={`pipeline-default-${pipeline.id}`}>
            {t('deals.admin.default')}
          </Tag>
        ) : (
          <Button
            disabled={pipeline.archived}
            onClick={() => send({ isDefault: true }, t('deals.admin.pipelineSaved'))}
            data-testid={`pipeline-make-default-${pipeline.id}`}
          >
            {t('deals.admin.makeDefault')}
          </Button>
        )}
        {!pipeline.isDefault && (
          <Button
            onClick={() => send({ archived: !pipeline.archived }, t('deals.admin.pipelineSaved'))}
            data-testid={`pipeline-archive-${pipeline.id}`}
          >
            {pipeline.archived ? t('deals.admin.restore') : t('deals.admin.archive')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
