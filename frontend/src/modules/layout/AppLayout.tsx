import { LogoutOutlined, MenuOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Layout, Menu, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useMe } from '../auth/me';
import { LogoutMutation } from '../auth/operations';
import { errorMessage } from '../../lib/errors';
import { NotificationBell } from '../collab/notifications/NotificationBell';
import { MfaBanner } from '../mfa/banner/MfaBanner';
import { StepUpProvider } from '../mfa/stepup';
import { LanguageSwitch } from './LanguageSwitch';
import { navItems } from './navigation';

// Matches antd's `md` breakpoint that the Sider collapses at.
const PHONE_QUERY = '(max-width: 767.98px)';

export default function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [isPhone, setIsPhone] = useState(() => window.matchMedia(PHONE_QUERY).matches);
  const [collapsed, setCollapsed] = useState(isPhone);
  const [, logout] = useMutation(LogoutMutation);

  async function onLogout() {
    const result = await logout({});
    if (result.error) {
      void message.error(errorMessage(t, result.error));
      return;
    }
    // A full page load, not a client-side navigation: nothing cached from this session survives in memory.
    window.location.assign('/login');
  }

  const items = navItems(t, me.permissions);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        data-testid="side-menu"
        breakpoint="md"
        collapsedWidth={0}
        collapsed={collapsed}
        trigger={null}
        onBreakpoint={(broken) => {
          setIsPhone(broken);
          setCollapsed(broken);
        }}
        // On a phone the menu floats over the page instead of squeezing it.
        // It scrolls on its own: the menu is taller than a phone's screen.
        style={isPhone ? { position: 'fixed', insetBlock: 0, zIndex: 100, overflowY: 'auto' } : undefined}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[pathname]}
          items={items}
          onClick={({ key }) => {
            navigate(key);
            if (isPhone) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 16 }}>
          <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('layout.toggleMenu')}
                aria-expanded={!collapsed}
                data-testid="menu-toggle"
                onClick={() => setCollapsed((c) => !c)}
              />
              {/* On a phone the header is full (menu, bell, language, user): the name gives way. */}
              <Typography.Text strong ellipsis>
                {t('app.name')}
              </Typography.Text>
            </Flex>
            <Flex align="center" gap={8}>
              <NotificationBell />
              <LanguageSwitch />
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    {
                      key: 'security',
                      icon: <SafetyCertificateOutlined />,
                      label: <span data-testid="menu-security">{t('layout.security')}</span>,
                      onClick: () => navigate('/account/security'),
                    },
                    { type: 'divider' },
                    {
                      key: 'logout',
                      icon: <LogoutOutlined />,
                      label: <span data-testid="logout">{t('layout.logout')}</span>,
                      onClick: () => void onLogout(),
                    },
                  ],
                }}
              >
                <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                  {me.displayName}
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ margin: 16, minWidth: 0 }}>
          <MfaBanner />
          {/* Any page may ask the user to confirm it's them before a sensitive change. */}
          <StepUpProvider>
            <Outlet />
          </StepUpProvider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
