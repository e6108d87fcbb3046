import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../../lib/errors';
import { DealsCreatePipelineMutation } from '../operations/pipelines';
import { showDealFormError } from '../shared/errors';
import { usePipelines } from '../shared/stages';
import { PipelineSettings } from './PipelineSettings';
import { StagesEditor } from './StagesEditor';

/** Admin (settings.manage): pipelines and their stages. */
export default function PipelinesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pipelines, error, ready, refetch } = usePipelines(true);
  const [active, setActive] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const [{ fetching }, create] = useMutation(DealsCreatePipelineMutation);

  // The editors remount with the server's answer (their key is the pipeline's content).
  const saved = refetch;

  async function onCreate(values: { name: string }) {
    const result = await create({ input: { name: values.name.trim() } });
    if (result.error) return void showDealFormError(t, form, result.error, ['name']);
    setCreating(false);
    form.resetFields();
    void message.success(t('deals.admin.pipelineCreated', { name: result.data?.createPipeline.name }));
    setActive(result.data?.createPipeline.id);
    saved();
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('deals.admin.pipelinesTitle')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="pipeline-create">
          {t('deals.admin.newPipeline')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('deals.admin.pipelinesHelp')}</Typography.Text>
      {error && <Alert type="error" showIcon title={errorMessage(t, error)} />}
      {!ready ? (
        <Spin />
      ) : (
        <Tabs
          activeKey={active ?? pipelines[0]?.id}
          onChange={setActive}
          items={pipelines.map((p) => ({
            key: p.id,
            label: (
              <span data-testid={`pipeline-tab-${p.id}`}>
                {p.name} {p.archived && <Tag>{t('deals.admin.archived')}</Tag>}
              </span>
            ),
            children: (
              <Flex vertical gap={16} key={JSON.stringify(p)}>
                <Card size="small" title={t('deals.admin.pipeline')}>
                  <PipelineSettings pipeline={p} onSaved={saved} />
                </Card>
                <Card size="small" title={t('deals.admin.stages')}>
                  <StagesEditor pipeline={p} onSaved={saved} />
                </Card>
              </Flex>
            ),
          }))}
        />
      )}
      <Modal
        open={creating}
        title={t('deals.admin.newPipeline')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={fetching}
        okButtonProps={{ 'data-testid': 'pipeline-create-ok' } as never}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
      >
        <Form form={form} layout="vertical" requiredMark={false} onFinish={onCreate}>
          <Form.Item
            name="name"
            label={t('deals.admin.pipelineName')}
            extra={t('deals.admin.newPipelineHelp')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100 }]}
          >
            <Input data-testid="pipeline-create-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
