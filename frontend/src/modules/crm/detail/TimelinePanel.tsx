import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';

/** The collab module's timeline goes here once it lands (CustomerTimeline, props { customerId }). */
export function TimelinePanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const title = hasPerm(me.permissions, Perm.ACTIVITIES_READ) ? t('crm.detail.timeline') : t('crm.detail.history');
  return <Card title={title} size="small" data-testid="customer-timeline" data-customer={customerId} />;
}
