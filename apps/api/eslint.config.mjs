import { readFileSync } from 'node:fs';
import { node, boundaries } from '@lalaland/eslint-config';

// The module order of the composition root (src/modules.ts): a module may import only modules listed before it.
const ORDER = [...readFileSync(new URL('./src/modules.ts', import.meta.url), 'utf8').matchAll(/^import \{ \w+ \} from '\.\/modules\/([\w-]+)';$/gm)].map((m) => m[1]);
if (ORDER.length === 0) throw new Error('eslint.config.mjs: no modules found in src/modules.ts');

const zones = [
  // Core receives what it needs from the composition root; it imports no module (nor the root, nor the seed).
  { target: './src/core', from: './src/modules', message: 'core imports no module: declare it in the module and let src/modules.ts pass it in.' },
  { target: './src/core', from: './src/seed', message: 'core imports no module: declare it in the module and let src/modules.ts pass it in.' },
  ...ORDER.flatMap((name, i) =>
    ORDER.filter((other) => other !== name).map((other) =>
      ORDER.indexOf(other) > i
        ? { target: `./src/modules/${name}`, from: `./src/modules/${other}`, message: `${name} comes before ${other} in src/modules.ts: it may not import it (move the code, or publish an event).` }
        : { target: `./src/modules/${name}`, from: `./src/modules/${other}`, except: ['./index.ts'], message: `import ${other} through its index ('../${other}'), not its files.` },
    ),
  ),
];

// Test files whose operations are typed documents (graphql(`…`) from test/gql, generated from schema.gql): no `any` there.
const TYPED_TESTS = [
  'test/auth.e2e.ts',
  'test/members.e2e.ts',
  'test/organizations.e2e.ts',
  'test/funding.e2e.ts',
  'test/access.e2e.ts',
  'test/events.e2e.ts',
  'test/module-template.e2e.ts',
  'test/support/access-matrix.ts',
  'test/support/funding.ts',
  'test/programmes.e2e.ts',
  'test/participants.e2e.ts',
  'test/enrolments.e2e.ts',
  'test/roster-files.e2e.ts',
  'test/support/learn.ts',
  'test/support/programmes.ts',
  'test/support/enrolments.ts',
];

export default [...node, { ignores: ['jest.config.js'] }, boundaries(['src/**/*.ts'], zones), { files: TYPED_TESTS, rules: { '@typescript-eslint/no-explicit-any': 'error' } }];
