/**
 * PostGraphile 5 (Grafast) on the same database, beside PostGraphile 4, for the learn scenario's nested list:
 *   node dist-bench/postgraphile5.js <database url> <port>
 * The V4 preset keeps the field names of version 4, so one query serves both. No row-level security: it filters nothing.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile5';
import { makeV4Preset } from 'postgraphile5/presets/v4';
import { makePgService } from 'postgraphile5/adaptors/pg';
import { grafserv } from 'postgraphile5/grafserv/node';

const [connectionString, port] = process.argv.slice(2);
const pgl = postgraphile({
  extends: [makeV4Preset({ disableDefaultMutations: true, graphiql: false })],
  pgServices: [makePgService({ connectionString, schemas: ['public', 'bench'] })],
  grafast: { explain: false },
});
const server = createServer();
pgl
  .createServ(grafserv)
  .addTo(server)
  .then(() => server.listen(Number(port), '127.0.0.1', () => console.log('READY')))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
