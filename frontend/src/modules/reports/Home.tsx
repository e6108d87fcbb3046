import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPerm, Perm } from '../../lib/permissions';
import { useMe } from '../auth/me';
import Dashboard from './dashboard/Dashboard';

/**
 * The signed-in home page: the dashboard for anyone with deals or reports to see (the server
 * narrows the figures to what each may see), a plain greeting for everyone else (admins without
 * CRM rights, auditors).
 */
export function Home() {
  const { t } = useTranslation();
  const me = useMe();
  if (hasPerm(me.permissions, Perm.DEALS_READ) || hasPerm(me.permissions, Perm.REPORTS_READ)) return <Dashboard />;
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={2} data-testid="page-title">
        {t('home.greeting', { name: me.displayName })}
      </Typography.Title>
      <Typography.Text type="secondary" data-testid="no-reports">
        {t('reports.noReports')}
      </Typography.Text>
    </Flex>
  );
}
