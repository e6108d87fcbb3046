import type { CodegenConfig } from '@graphql-codegen/cli';

// scripts/codegen-check.mjs reads this file too: keep a single entry under `generates`.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Tests may hold ad-hoc documents; only the app's own operations get generated types.
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        // String unions instead of TS enums: erasable syntax, nothing emitted at run time.
        enumsAsTypes: true,
        // Date (YYYY-MM-DD) and Decimal (exact amounts) travel as strings; never parse money as float.
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string' },
      },
    },
  },
};

export default config;
