import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import NotFoundPage from './NotFoundPage';

/** Route errorElement: anything thrown while loading or rendering a page ends up here. */
export default function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Details go to the console for developers; users never see stack traces or server text.
  console.error(error);
  return (
    <div data-testid="error-page">
      <Result
        status="500"
        title={t('errorPage.title')}
        subTitle={t('errorPage.subtitle')}
        extra={
          // A real navigation: recovers from a broken chunk or client state after a deploy.
          <Button type="primary" href="/">
            {t('errorPage.backHome')}
          </Button>
        }
      />
    </div>
  );
}
