import { DeleteOutlined, EditOutlined, PlusOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { Customer } from '../form/values';
import { CrmDeleteContactMutation, CrmUpdateContactMutation } from '../operations/customer';
import { crmActionMessage } from '../shared/errors';
import { PiiValue } from '../shared/PiiValue';
import { useRevealers } from '../shared/reveal';
import { ContactDrawer, type ContactRow } from './ContactDrawer';

type Props = { customer: Customer; canWrite: boolean; onChanged: () => void };

/** The customer's contacts, primary first: add, edit, delete, and the star that makes one primary. */
export function ContactsCard({ customer, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const reveal = useRevealers();
  const [editing, setEditing] = useState<ContactRow | 'new' | null>(null);

  async function makePrimary(contact: ContactRow) {
    const result = await client.mutation(CrmUpdateContactMutation, { input: { id: contact.id, isPrimary: true } }).toPromise();
    if (result.error) return void message.error(crmActionMessage(t, result.error));
    onChanged();
  }

  async function remove(contact: ContactRow) {
    const result = await client.mutation(CrmDeleteContactMutation, { id: contact.id }).toPromise();
    if (result.error) return void message.error(crmActionMessage(t, result.error));
    void message.success(t('crm.contacts.deleted', { name: contact.name }));
    onChanged();
  }

  const pii = (c: ContactRow, key: 'phone' | 'email' | 'im' | 'birthday', field: 'PHONE' | 'EMAIL' | 'IM' | 'BIRTHDAY') =>
    c[key] ? (
      <Flex gap={4} align="center">
        <Typography.Text type="secondary">{t(`crm.contacts.${key}Short`)}</Typography.Text>
        <PiiValue
          value={c[key]}
          masked={c.piiMasked}
          testId={`contact-${key}-${c.id}`}
          fieldLabel={t(`crm.contacts.${key}`)}
          ownerName={c.name}
          reveal={reveal.contact(c.id, field)}
        />
      </Flex>
    ) : null;

  return (
    <Card
      title={t('crm.contacts.title', { count: customer.contacts.length })}
      size="small"
      data-testid="customer-contacts"
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} data-testid="contact-add" onClick={() => setEditing('new')}>
            {t('crm.contacts.add')}
          </Button>
        )
      }
    >
      {customer.contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.contacts.none')} />
      ) : (
        <List
          size="small"
          dataSource={customer.contacts}
          renderItem={(c) => (
            <List.Item
              data-testid={`contact-${c.id}`}
              actions={
                canWrite
                  ? [
                      <Button
                        key="edit"
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('crm.contacts.edit')}
                        data-testid={`contact-edit-${c.id}`}
                        onClick={() => setEditing(c)}
                      />,
                      <Popconfirm
                        key="delete"
                        title={t('crm.contacts.confirmDelete', { name: c.name })}
                        okText={t('common.yes')}
                        cancelText={t('common.no')}
                        okButtonProps={{ danger: true, 'data-testid': 'confirm-ok' }}
                        onConfirm={() => remove(c)}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('crm.contacts.delete')}
                          data-testid={`contact-delete-${c.id}`}
                        />
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  {c.isPrimary ? (
                    <Tooltip title={t('crm.contacts.primary')}>
                      <StarFilled style={{ color: '#faad14' }} data-testid={`contact-primary-${c.id}`} aria-label={t('crm.contacts.primary')} />
                    </Tooltip>
                  ) : canWrite ? (
                    <Tooltip title={t('crm.contacts.makePrimary')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<StarOutlined />}
                        aria-label={t('crm.contacts.makePrimary')}
                        data-testid={`contact-make-primary-${c.id}`}
                        onClick={() => void makePrimary(c)}
                      />
                    </Tooltip>
                  ) : null}
                  <Typography.Text strong data-testid={`contact-name-${c.id}`}>
                    {c.name}
                  </Typography.Text>
                  {c.title && <Typography.Text type="secondary">{c.title}</Typography.Text>}
                </Flex>
                {pii(c, 'phone', 'PHONE')}
                {pii(c, 'email', 'EMAIL')}
                {pii(c, 'im', 'IM')}
                {pii(c, 'birthday', 'BIRTHDAY')}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editing && (
        <ContactDrawer
          customerId={customer.id}
          contact={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) onChanged();
          }}
        />
      )}
    </Card>
  );
}
