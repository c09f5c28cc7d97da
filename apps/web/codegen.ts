import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, generated from the API's committed schema contract.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', JSON: 'unknown', Won: 'number' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
