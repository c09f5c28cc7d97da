import { readFileSync } from 'node:fs';
import { react, boundaries, sizes } from '@lalaland/eslint-config';

// The portal in layers, each importing only those below it: `lib` (types, session, i18n, the GraphQL client), `components`
// (the kit every feature uses), the features (`modules/<feature>`, one another only through their index), and the
// shell (`app`: router, layout, the list of features) above them all. src/app/features.ts lists the features.
const FEATURES = [
  ...readFileSync(new URL('./src/app/features.ts', import.meta.url), 'utf8').matchAll(/from '\.\.\/modules\/([\w-]+)\/feature';/g),
].map((m) => m[1]);
if (FEATURES.length === 0) throw new Error('eslint.config.mjs: no features found in src/app/features.ts');

const zones = [
  {
    target: './src/lib',
    from: ['./src/components', './src/modules', './src/app'],
    message: 'lib is the bottom layer: it imports no component, feature or shell file.',
  },
  {
    target: './src/components',
    from: ['./src/modules', './src/app'],
    message: 'the component kit imports no feature or shell file (only lib).',
  },
  // Features plug into the app through their declaration (lib/feature.ts); they never import the shell.
  {
    target: './src/modules',
    from: './src/app',
    message: 'a feature never imports the shell: declare routes, menu entries and strings in its feature.ts (types in lib/feature.ts).',
  },
  ...FEATURES.flatMap((name) =>
    FEATURES.filter((other) => other !== name).map((other) => ({
      target: `./src/modules/${name}`,
      from: `./src/modules/${other}`,
      except: ['./index.ts'],
      message: `import ${other} through its index ('../../${other}'), not its files.`,
    })),
  ),
];

export default [
  ...react,
  boundaries(['src/**/*.{ts,tsx}'], zones),
  sizes(['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'e2e/**/*.mjs', 'scripts/**/*.{ts,mjs}']),
];
