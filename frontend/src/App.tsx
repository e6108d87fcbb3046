import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider as UrqlProvider, type Client } from 'urql';

/** Providers shared by the app and by tests: GraphQL client, antd locale and theme, antd's App context. */
export function AppProviders({ client, children }: { client: Client; children: ReactNode }) {
  // Subscribing here re-renders ConfigProvider when the language changes.
  const { i18n } = useTranslation();
  return (
    <UrqlProvider value={client}>
      <ConfigProvider locale={i18n.language === 'zh-CN' ? zhCN : enUS}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </UrqlProvider>
  );
}
