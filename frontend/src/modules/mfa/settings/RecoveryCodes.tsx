import { CopyOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadText, printText, recoveryCodesText, RECOVERY_FILE_NAME } from './recoveryText';

/** Freshly made recovery codes, shown once: copy, download, print, then "I've saved them". */
export function RecoveryCodes({ codes, account, onDone }: { codes: string[]; account?: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = () => recoveryCodesText(t, codes, { account });

  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      void message.success(t('mfa.copied'));
    } catch {
      void message.error(t('mfa.copyFailed'));
    }
  }

  return (
    <Flex vertical gap={12} data-testid="recovery-codes">
      <Alert type="warning" showIcon title={t('mfa.recovery.showOnce')} />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
          gap: 8,
          fontFamily: 'monospace',
          fontSize: 15,
        }}
      >
        {codes.map((code) => (
          <Typography.Text key={code} code data-testid="recovery-code" style={{ textAlign: 'center' }}>
            {code}
          </Typography.Text>
        ))}
      </div>
      <Flex wrap gap={8}>
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="recovery-copy">
          {t('mfa.copy')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadText(RECOVERY_FILE_NAME, text())}
          data-testid="recovery-download"
        >
          {t('mfa.recovery.download')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => printText(t('mfa.recovery.fileTitle'), text())} data-testid="recovery-print">
          {t('mfa.recovery.print')}
        </Button>
        <Button type="primary" onClick={onDone} data-testid="recovery-done">
          {t('mfa.recovery.done')}
        </Button>
      </Flex>
    </Flex>
  );
}
