import { CloseOutlined, InboxOutlined, SwapOutlined, TagsOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { ReleaseModal } from './ReleaseModal';
import { TagsModal } from './TagsModal';
import { TransferDrawer } from './TransferDrawer';

type Props = { selected: string[]; onClear: () => void; onDone: (message: string) => void };

/** Actions on the selected customers: transfer, tags, release to the pool. */
export function BulkBar({ selected, onClear, onDone }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [action, setAction] = useState<'transfer' | 'tags' | 'release' | null>(null);
  const canAssign = hasPerm(me.permissions, Perm.CUSTOMERS_ASSIGN);
  // The server lets owners release their own customers, and assigners any they may assign.
  const canWrite = hasPerm(me.permissions, Perm.CUSTOMERS_WRITE);
  const canRelease = canAssign || canWrite;

  return (
    <Card size="small" data-testid="bulk-bar">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text strong data-testid="bulk-count">
          {t('crm.bulk.selected', { count: selected.length })}
        </Typography.Text>
        <Flex wrap gap={8}>
          {canAssign && (
            <Button icon={<SwapOutlined />} data-testid="bulk-transfer" onClick={() => setAction('transfer')}>
              {t('crm.bulk.transfer')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<TagsOutlined />} data-testid="bulk-tags" onClick={() => setAction('tags')}>
              {t('crm.bulk.tags')}
            </Button>
          )}
          {canRelease && (
            <Button icon={<InboxOutlined />} data-testid="bulk-release" onClick={() => setAction('release')}>
              {t('crm.bulk.release')}
            </Button>
          )}
          <Button icon={<CloseOutlined />} data-testid="bulk-clear" onClick={onClear}>
            {t('crm.bulk.clear')}
          </Button>
        </Flex>
      </Flex>
      {action === 'transfer' && (
        <TransferDrawer
          customerIds={selected}
          onClose={(done) => {
            setAction(null);
            if (done) onDone(t('crm.transfer.done', { count: done.count, owner: done.owner }));
          }}
        />
      )}
      {action === 'tags' && (
        <TagsModal
          customerIds={selected}
          onClose={(changed) => {
            setAction(null);
            if (changed !== undefined) onDone(t('crm.tags.done', { count: changed }));
          }}
        />
      )}
      {action === 'release' && (
        <ReleaseModal
          customerIds={selected}
          onClose={(count) => {
            setAction(null);
            if (count !== undefined) onDone(t('crm.release.done', { count }));
          }}
        />
      )}
    </Card>
  );
}
