import { readFileSync } from 'node:fs';
import { react, boundaries } from '@lalaland/eslint-config';

// The portal's features (src/app/features.ts); `common` is the shared kit every feature may use.
const FEATURES = [...readFileSync(new URL('./src/app/features.ts', import.meta.url), 'utf8').matchAll(/from '\.\.\/modules\/([\w-]+)\/feature';/g)].map((m) => m[1]);
if (FEATURES.length === 0) throw new Error('eslint.config.mjs: no features found in src/app/features.ts');

const zones = [
  // Features plug into the app through their declaration; they never import the app (only its declaration types).
  { target: './src/modules', from: './src/app', except: ['./feature.ts', './strings.ts'], message: 'a feature never imports the app: declare routes, menu entries and strings in its feature.ts.' },
  ...FEATURES.flatMap((name) =>
    FEATURES.filter((other) => other !== name).map((other) => ({
      target: `./src/modules/${name}`,
      from: `./src/modules/${other}`,
      except: ['./index.ts'],
      message: `import ${other} through its index ('../../${other}'), not its files.`,
    })),
  ),
];

export default [...react, boundaries(['src/**/*.{ts,tsx}'], zones)];
