import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the API tests' operations (written as graphql(`…`) in test files), from the committed schema contract.
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['test/**/*.ts', '!test/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './test/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', JSON: 'unknown', Won: 'number' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
