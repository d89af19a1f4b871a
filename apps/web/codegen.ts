import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the schema the server emits (`pnpm --filter @jifen/server run schema:emit`) and the
// `graphql(...)` documents beside each screen; writes typed documents to src/graphql/ (committed).
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
