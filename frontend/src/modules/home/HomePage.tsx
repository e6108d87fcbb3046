import { Home } from '../reports/Home';

// The home page is the reports module's dashboard (charts load in their own chunk).
export default function HomePage() {
  return <Home />;
}
