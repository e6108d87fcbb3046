import { EditOutlined, InboxOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/errors';
import { rowTestId } from '../../authz/rowProps';
import { CrmArchiveCustomFieldDefMutation } from '../operations/settings';
import { crmActionMessage } from '../shared/errors';
import { useFieldDefs, type FieldDef } from '../shared/settings';
import { CustomFieldDrawer } from './CustomFieldDrawer';

/** Admin-defined customer fields: list, create, edit, archive (values are kept) and bring back. */
export function CustomFieldsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { defs, error, fetching, refetch } = useFieldDefs(true);
  const [, archive] = useMutation(CrmArchiveCustomFieldDefMutation);
  const [editing, setEditing] = useState<FieldDef | 'new' | null>(null);

  async function onArchive(def: FieldDef) {
    const result = await archive({ id: def.id, archived: !def.archived });
    if (result.error) return void message.error(crmActionMessage(t, result.error));
    void message.success(t(def.archived ? 'crm.admin.fields.restored' : 'crm.admin.fields.archived', { key: def.key }));
    refetch();
  }

  const columns: TableColumnsType<FieldDef> = [
    {
      title: t('crm.admin.fields.label'),
      key: 'label',
      render: (_, d) => (
        <Flex vertical>
          <Typography.Text strong>
            {d.labelEn} / {d.labelZh}
          </Typography.Text>
          <Typography.Text type="secondary" code>
            {d.key}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('crm.admin.fields.type'),
      key: 'type',
      render: (_, d) => (
        <Flex gap={4} wrap>
          <Tag>{t(`crm.admin.types.${d.type}`)}</Tag>
          {d.sensitive && <Tag color="red">{t('crm.admin.fields.sensitive')}</Tag>}
          {d.required && <Tag color="orange">{t('crm.admin.fields.required')}</Tag>}
          {d.archived && <Tag data-testid={`field-archived-${d.key}`}>{t('crm.admin.fields.archivedTag')}</Tag>}
        </Flex>
      ),
    },
    { title: t('crm.admin.fields.options'), key: 'options', responsive: ['md'], render: (_, d) => d.options.join(', ') || '—' },
    { title: t('crm.admin.fields.position'), key: 'position', responsive: ['md'], dataIndex: 'position' },
    {
      title: '',
      key: 'actions',
      render: (_, d) => (
        <Flex gap={4}>
          <Button size="small" icon={<EditOutlined />} aria-label={t('crm.admin.fields.edit')} data-testid={`field-edit-${d.key}`} onClick={() => setEditing(d)} />
          <Button
            size="small"
            icon={d.archived ? <UndoOutlined /> : <InboxOutlined />}
            data-testid={`field-archive-${d.key}`}
            onClick={() => void onArchive(d)}
          >
            {t(d.archived ? 'crm.admin.fields.unarchive' : 'crm.admin.fields.archive')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('crm.admin.fields.help')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} data-testid="field-create" onClick={() => setEditing('new')}>
          {t('crm.admin.fields.create')}
        </Button>
      </Flex>
      <FormError message={error ? errorMessage(t, error) : null} />
      <Table<FieldDef>
        rowKey="id"
        size="middle"
        loading={fetching}
        columns={columns}
        dataSource={defs}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(d) => rowTestId(`field-row-${d.key}`)}
      />
      {editing && (
        <CustomFieldDrawer
          def={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (!saved) return;
            void message.success(t('crm.admin.fields.saved', { name: saved }));
            refetch();
          }}
        />
      )}
    </Flex>
  );
}
