import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from './types';

/** active / disabled, plus locked, invited (no password yet) and "must change password". */
export function StatusTags({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {user.isActive ? (
        <Tag color="green" data-testid="status-active">{t('users.status.active')}</Tag>
      ) : (
        <Tag color="red" data-testid="status-disabled">{t('users.status.disabled')}</Tag>
      )}
      {user.isLocked && <Tag color="orange" data-testid="status-locked">{t('users.status.locked')}</Tag>}
      {!user.hasPassword && <Tag color="blue" data-testid="status-invited">{t('users.status.invited')}</Tag>}
      {user.mustChangePassword && <Tag color="gold" data-testid="status-must-change">{t('users.status.mustChange')}</Tag>}
    </Flex>
  );
}
