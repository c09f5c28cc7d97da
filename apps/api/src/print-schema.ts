/* Emits the GraphQL schema without a database: `node dist/print-schema.js schema.gql`. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaSdl } from './core/graphql/schema-sdl';
import { APP } from './modules';

buildSchemaSdl(APP.resolvers)
  .then((sdl) => {
    const out = resolve(process.cwd(), process.argv[2] ?? 'schema.gql');
    writeFileSync(out, sdl);
    console.log(`wrote ${out}`);
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
