import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/me';
import { MfaSection } from '../mfa/settings/MfaSection';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SessionsTable } from './SessionsTable';

/** My account → Security: change password, two-step verification, see and end sessions. */
export default function SecurityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [changes, setChanges] = useState(0);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
        {t('security.title')}
      </Typography.Title>
      <Link to="/account/tokens" data-testid="nav-tokens">{t('authz.tokens.link')}</Link>
      <Card title={t('security.changePassword')}>
        <ChangePasswordForm onChanged={() => setChanges((n) => n + 1)} />
      </Card>
      <MfaSection account={me.username} />
      <Card title={t('security.sessions')}>
        <SessionsTable refreshKey={changes} />
      </Card>
    </Flex>
  );
}
