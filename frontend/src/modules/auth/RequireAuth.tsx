import { Navigate, Outlet } from 'react-router';
import { useQuery } from 'urql';
import { errorCode } from '../../lib/errors';
import { PageSpinner } from '../layout/PageSpinner';
import { MeContext } from './me';
import { MeQuery } from './operations';

/** Gate for every signed-in page: asks the server who we are and sends strangers to /login. */
export function RequireAuth() {
  // network-only: a cached "nobody" from before sign-in must not bounce a fresh session back to /login.
  const [{ data, fetching, error }] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });

  if (fetching) return <PageSpinner />;
  if (error && errorCode(error) !== 'UNAUTHENTICATED') throw error;
  if (!data?.me) return <Navigate to="/login" replace />;
  return (
    <MeContext value={data.me}>
      <Outlet />
    </MeContext>
  );
}
