import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { hasPerm, type PermName } from '../../lib/permissions';
import { useMe } from './me';

/** Gate for a page that needs a permission; the server refuses anyway, this only avoids a broken page. */
export function RequirePermission({ perm }: { perm: PermName }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!hasPerm(me.permissions, perm))
    return <Result status="403" title={t('errors.FORBIDDEN')} data-testid="forbidden" />;
  return <Outlet />;
}
