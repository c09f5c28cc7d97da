import { readFileSync } from 'node:fs';
import { node, boundaries, sizes } from '@lalaland/eslint-config';

// The module order of the composition root (src/modules.ts): a module may import only modules listed before it.
const ORDER = [
  ...readFileSync(new URL('./src/modules.ts', import.meta.url), 'utf8').matchAll(/^import \{ \w+ \} from '\.\/modules\/([\w-]+)';$/gm),
].map((m) => m[1]);
if (ORDER.length === 0) throw new Error('eslint.config.mjs: no modules found in src/modules.ts');

const zones = [
  // Core receives what it needs from the composition root; it imports no module (nor the root, nor the seed).
  {
    target: './src/core',
    from: './src/modules',
    message: 'core imports no module: declare it in the module and let src/modules.ts pass it in.',
  },
  {
    target: './src/core',
    from: './src/seed',
    message: 'core imports no module: declare it in the module and let src/modules.ts pass it in.',
  },
  ...ORDER.flatMap((name, i) =>
    ORDER.filter((other) => other !== name).map((other) =>
      ORDER.indexOf(other) > i
        ? {
            target: `./src/modules/${name}`,
            from: `./src/modules/${other}`,
            message: `${name} comes before ${other} in src/modules.ts: it may not import it (move the code, or publish an event).`,
          }
        : {
            target: `./src/modules/${name}`,
            from: `./src/modules/${other}`,
            except: ['./index.ts'],
            message: `import ${other} through its index ('../${other}'), not its files.`,
          },
    ),
  ),
];

// Test operations are typed documents (graphql(`…`) from test/gql, generated from schema.gql): a GraphQL operation
// written as a plain string is refused in every test file, and `any` with it. The exceptions are named here: files
// that send what no schema types on purpose (hostile input, the HTTP protocol, a module the schema does not contain),
// and older files still to convert (each conversion removes a line).
const UNTYPED_TESTS = [
  // on purpose
  'test/hostile-input.e2e.ts',
  'test/graphql-over-http.e2e.ts',
  'test/query-cost.e2e.ts',
  'test/module-template.e2e.ts',
  'test/metrics.e2e.ts', // operations named to probe the labels (a phone number as the name)
  'test/sql-reads.e2e.ts', // each query sent as written and with a root directive, compared as the client receives them
  'test/tracing.e2e.ts', // talks to the built server over plain HTTP, as a collector would see it
  'test/support/app.ts',
  // to convert
  'test/api-keys.e2e.ts',
  'test/coordination.e2e.ts',
  'test/core.e2e.ts',
  'test/database.e2e.ts',
  'test/logs.e2e.ts',
  'test/pii-rotation.e2e.ts',
  'test/response-cache.e2e.ts',
  'test/restore-drill.e2e.ts',
  'test/roster-upload-limits.e2e.ts',
  'test/sign-in-flood.e2e.ts',
];
const GQL_STRING =
  'an operation as a plain string: write it with graphql(`…`) from ./gql (typed by npm run codegen), or name the file in UNTYPED_TESTS with a reason.';
const typedTests = {
  files: ['test/**/*.ts'],
  ignores: UNTYPED_TESTS,
  rules: {
    '@typescript-eslint/no-explicit-any': 'error',
    'no-restricted-syntax': [
      'error',
      { selector: String.raw`Literal[value=/^\s*(query|mutation|subscription)\b|^\s*\{\s*\w+[\s({]/]`, message: GQL_STRING },
      {
        selector: String.raw`:not(CallExpression[callee.name='graphql']) > TemplateLiteral > TemplateElement:first-child[value.raw=/^\s*(query|mutation|subscription)\b|^\s*\{\s*\w+[\s({]/]`,
        message: GQL_STRING,
      },
    ],
  },
};

export default [
  ...node,
  { ignores: ['jest.config.js', 'test/.groups/**'] },
  boundaries(['src/**/*.ts'], zones),
  sizes(['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}']),
  typedTests,
];
