import { Navigate } from 'react-router-dom';
import { useUser } from '../auth/session-context';
import { homeOf } from '../components/nav-items';

export function HomeRedirect() {
  const user = useUser();
  return <Navigate to={homeOf(user.role)} replace />;
}
