import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test` gathers the e2e files into groups that share a module registry (scripts/test.mjs). That is safe while each
 * file keeps its stories in top-level describes, with no hook or test outside them that would run for its neighbours.
 */
describe('e2e files are stories that can share a Jest file', () => {
  const dir = join(__dirname, '../../test');
  const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.ts'));

  it.each(files)('%s keeps its hooks and tests inside describes', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text.match(/^describe\(/gm)?.length ?? 0).toBeGreaterThan(0);
    expect(text.match(/^(beforeAll|afterAll|beforeEach|afterEach|it|test)\(/gm)).toBeNull();
  });
});
