import { KeyOutlined } from '@ant-design/icons';
import { Alert, Flex, Input, Tag, Typography } from 'antd';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers, bundled by Vite as same-origin files under /assets
// (no CDN, no blob: or data: URLs, so the CSP's script-src 'self' covers them).
import 'graphiql/setup-workers/vite';
// The full stylesheet: its fonts are inlined as data: URLs, nothing is fetched from elsewhere.
import 'graphiql/style.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/me';
import { createFetcher, looksLikeToken, namespacedStorage, normalizeToken } from './fetcher';

const DEFAULT_QUERY = `# Press Ctrl+Enter (⌘+Enter on a Mac) to run the query.
{
  me {
    username
    displayName
  }
}
`;

export default function GraphiQLPage() {
  const { t } = useTranslation();
  const me = useMe();
  // The pasted API token lives only here, in React state: never in storage, the URL or GraphiQL's headers.
  const [rawToken, setRawToken] = useState('');
  const token = normalizeToken(rawToken);
  const fetcher = useMemo(
    () => createFetcher(token) as GraphiQLProps['fetcher'],
    [token],
  );
  const storage = useMemo(() => namespacedStorage(me.id), [me.id]);
  const suspicious = token !== null && !looksLikeToken(token);

  return (
    <Flex vertical gap={12} style={{ height: 'calc(100vh - 64px - 32px)', minHeight: 480 }}>
      <Flex align="center" gap={12} wrap="wrap" data-testid="graphiql-toolbar">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('devtools.title')}
        </Typography.Title>
        <Tag color={token ? 'gold' : 'blue'} data-testid="graphiql-credential">
          {token ? t('devtools.usingToken') : t('devtools.usingSession', { username: me.username })}
        </Tag>
        <Input.Password
          data-testid="graphiql-token"
          aria-label={t('devtools.tokenLabel')}
          placeholder={t('devtools.tokenPlaceholder')}
          prefix={<KeyOutlined />}
          value={rawToken}
          onChange={(e) => setRawToken(e.target.value)}
          allowClear
          autoComplete="off"
          spellCheck={false}
          status={suspicious ? 'warning' : undefined}
          style={{ maxWidth: 420, flex: '1 1 260px' }}
        />
      </Flex>
      {suspicious && <Alert type="warning" showIcon title={t('devtools.tokenFormat')} data-testid="graphiql-token-warning" />}
      <div style={{ flex: 1, minHeight: 0, border: '1px solid rgba(5, 5, 5, 0.06)', borderRadius: 8, overflow: 'hidden' }} data-testid="graphiql">
        <GraphiQL
          fetcher={fetcher}
          storage={storage}
          defaultQuery={DEFAULT_QUERY}
          // Credentials come from the session or the token field above; a free-form headers editor
          // would invite pasting tokens where GraphiQL may persist them.
          isHeadersEditorEnabled={false}
          shouldPersistHeaders={false}
          forcedTheme="light"
        />
      </div>
    </Flex>
  );
}
