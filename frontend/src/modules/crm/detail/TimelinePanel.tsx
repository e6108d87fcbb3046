import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPerm, Perm } from '../../../lib/permissions';
import { useMe } from '../../auth/me';
import { CustomerTimeline } from '../../collab/timeline/CustomerTimeline';

/** The collab module's timeline (activities, comments, changes, composer) in a card of its own. */
export function TimelinePanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  // Without activities.read the timeline still lists recorded changes; the server decides what shows.
  const title = hasPerm(me.permissions, Perm.ACTIVITIES_READ) ? t('crm.detail.timeline') : t('crm.detail.history');
  return (
    <Card title={title} size="small" data-testid="customer-timeline">
      <CustomerTimeline customerId={customerId} />
    </Card>
  );
}
