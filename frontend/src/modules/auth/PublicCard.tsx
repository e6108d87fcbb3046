import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/** The frame of every page used before sign-in: language switch, product name, a title, a narrow card. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420, marginTop: '6vh' }}>
        <Typography.Text type="secondary">{t('app.name')}</Typography.Text>
        <Typography.Title level={1} data-testid="page-title" style={{ marginTop: 4, fontSize: 28 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
