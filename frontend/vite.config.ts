import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries every page needs, in one long-cached chunk. antd stays out on purpose: left to
          // automatic splitting, components used only after sign-in (Menu, Dropdown, ...) stay out of /login.
          // graphql-js stays out too: the app barely uses it, while GraphiQL (/graphiql only) pulls in
          // its validation and schema code, which a group would drag into every page's entry.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|urql|@urql|wonka|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev` talks to a locally running `crm serve`; same origin keeps cookies and CSRF simple.
    proxy: { '/graphql': 'http://127.0.0.1:8000' },
  },
  test: {
    // Playwright specs live elsewhere and must never be collected by Vitest.
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    // Two-core CI machines under load: a cold lazy-chunk import alone can take seconds.
    testTimeout: 45000,
  },
});
