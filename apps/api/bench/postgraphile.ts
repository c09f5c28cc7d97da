/**
 * PostGraphile 4 in library mode on the same database, the reference for the learn scenario's nested list:
 *   node dist-bench/postgraphile.js <database url> <port>
 * Its schema is generated from the tables (and the bench's own window function in schema `bench`) (no row-level security here, so it filters nothing, which favours it).
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';

const [url, port] = process.argv.slice(2);
const handler = postgraphile(url, ['public', 'bench'], {
  disableDefaultMutations: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphqlRoute: '/graphql',
});
createServer(handler).listen(Number(port), '127.0.0.1', () => console.log('READY'));
