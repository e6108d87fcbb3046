import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The one time the secret is shown: copy it now, the server keeps only its hash. */
export function TokenCreatedModal({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const valueRef = useRef<HTMLElement>(null);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(token);
      void message.success(t('authz.tokens.copied'));
    } catch {
      // No clipboard permission (plain http, an old browser): select the text for a manual copy.
      const node = valueRef.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      void message.info(t('authz.tokens.copyManually'));
    }
  }

  return (
    <Modal
      open
      title={t('authz.tokens.createdTitle', { name })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" data-testid="token-done" onClick={onDone}>
          {t('authz.tokens.done')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={t('authz.tokens.showOnce')} data-testid="token-warning" />
        <Typography.Text type="secondary">{t('authz.tokens.usage')}</Typography.Text>
        <code
          ref={valueRef}
          data-testid="token-value"
          style={{ display: 'block', padding: 8, wordBreak: 'break-all', userSelect: 'all', background: 'rgba(0,0,0,0.04)', borderRadius: 6 }}
        >
          {token}
        </code>
        <Button icon={<CopyOutlined />} data-testid="token-copy" onClick={() => void onCopy()}>
          {t('authz.tokens.copy')}
        </Button>
      </Flex>
    </Modal>
  );
}
