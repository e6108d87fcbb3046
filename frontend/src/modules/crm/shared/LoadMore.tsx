import { Button, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { shown: number; total: number; hasNext: boolean; loading: boolean; onMore: () => void; testId: string };

/**
 * "12 of 340" and a load-more button; the next page also loads by itself when the button scrolls
 * into view (infinite scroll), the button staying for keyboards and browsers without the observer.
 */
export function LoadMore({ shown, total, hasNext, loading, onMore, testId }: Props) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  const more = useRef(onMore);
  useEffect(() => {
    more.current = onMore;
  });

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasNext || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more.current();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNext]);

  return (
    <Flex justify="space-between" align="center" wrap gap={8} ref={sentinel}>
      <Typography.Text type="secondary" data-testid={`${testId}-count`}>
        {t('crm.list.count', { shown, total })}
      </Typography.Text>
      {hasNext && (
        <Button loading={loading} data-testid={`${testId}-more`} onClick={onMore}>
          {t('crm.list.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
