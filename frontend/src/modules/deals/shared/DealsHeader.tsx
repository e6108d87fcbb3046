import { AppstoreOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

type Props = { view: 'board' | 'list'; onCreate?: () => void };

/** The title of the deal pages, the board / list switch and "New deal" (for deals.write holders). */
export function DealsHeader({ view, onCreate }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={2} data-testid="page-title" style={{ margin: 0 }}>
          {t('deals.title')}
        </Typography.Title>
        <Segmented
          value={view}
          data-testid="deals-view"
          onChange={(v) => navigate(v === 'board' ? '/deals' : '/deals/list')}
          options={[
            { value: 'board', label: t('deals.views.board'), icon: <AppstoreOutlined /> },
            { value: 'list', label: t('deals.views.list'), icon: <UnorderedListOutlined /> },
          ]}
        />
      </Flex>
      {onCreate && (
        <Button type="primary" icon={<PlusOutlined />} data-testid="deal-create" onClick={onCreate}>
          {t('deals.create')}
        </Button>
      )}
    </Flex>
  );
}
