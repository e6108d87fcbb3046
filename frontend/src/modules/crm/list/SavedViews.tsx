import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import { Button, Dropdown, Form, Input, Modal } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilters } from './filters';
import { deleteView, loadViews, saveView, type SavedView } from './storage';

type Props = { userId: string; current: ListFilters; onApply: (filters: ListFilters) => void };

/** Named filter sets, kept in this browser for this user (server-side views are a follow-up). */
export function SavedViews({ userId, current, onApply }: Props) {
  const { t } = useTranslation();
  const [views, setViews] = useState<SavedView[]>(() => loadViews(userId));
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();

  const items: MenuProps['items'] = [
    ...views.map((v) => ({
      key: `view:${v.name}`,
      label: (
        <span data-testid={`view-${v.name}`} style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {v.name}
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('crm.views.delete', { name: v.name })}
            data-testid={`view-delete-${v.name}`}
            onClick={(e) => {
              e.stopPropagation();
              setViews(deleteView(userId, v.name));
            }}
          />
        </span>
      ),
    })),
    ...(views.length > 0 ? [{ type: 'divider' as const }] : []),
    { key: 'save', label: <span data-testid="view-save">{t('crm.views.save')}</span> },
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'save') return setNaming(true);
            const view = views.find((v) => `view:${v.name}` === key);
            if (view) onApply(view.filters);
          },
        }}
      >
        <Button icon={<StarOutlined />} data-testid="views-toggle">
          {t('crm.views.title')}
        </Button>
      </Dropdown>
      {naming && (
        <Modal
          open
          title={t('crm.views.saveTitle')}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'view-name-save' }}
          onOk={() => form.submit()}
          onCancel={() => setNaming(false)}
          destroyOnHidden
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={({ name }) => {
              setViews(saveView(userId, { name, filters: current }));
              setNaming(false);
            }}
          >
            <Form.Item
              label={t('crm.views.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 60 }]}
            >
              <Input autoComplete="off" data-testid="view-name" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
