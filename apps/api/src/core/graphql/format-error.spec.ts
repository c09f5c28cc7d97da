import { GraphQLError } from 'graphql';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';
import { registerErrorCatalog, registerUniqueConstraints } from '../errors/error-codes';
import { createErrorFormatter } from './format-error';

// A module's catalog, as src/modules.ts would register it.
registerErrorCatalog('spec', { SPEC_TAKEN: { ko: '이미 있습니다.', en: 'Already there.' } });
registerUniqueConstraints('spec', { spec_thing_key: 'SPEC_TAKEN' as never });

const resolverError = (original: unknown) => new GraphQLError('x', { path: ['thing'], originalError: original as Error });

describe('error classification (what a client is told)', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter((err) => void logged.push(err));
  const run = (err: GraphQLError, lang: 'ko' | 'en' = 'en', data: unknown = { thing: null }) =>
    format({ data: data as never, errors: [err] }, new RequestContext('r1', lang, null));

  it('keeps a typed AppError, in the caller’s language, with HTTP 200 beside the data', () => {
    const r = run(resolverError(new AppError('FORBIDDEN')), 'ko');
    expect(r.statusCode).toBe(200);
    expect(r.response.errors![0]).toMatchObject({ message: '이 작업을 할 권한이 없습니다.', extensions: { code: 'FORBIDDEN' } });
  });

  it('a write whose connection was released under it (the database crashed) is 503 SERVICE_UNAVAILABLE, like the other writes of the crash', () => {
    const r = run(resolverError(new QueryRunnerAlreadyReleasedError()), 'en', null);
    expect(r.statusCode).toBe(503);
    expect(r.response.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('turns an unknown fault into INTERNAL_SERVER_ERROR with a generic message, logging the original', () => {
    const r = run(resolverError(new Error('relation "programme_cohost" does not exist')), 'en', null);
    expect(r.statusCode).toBe(500);
    expect(r.response.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(r.response)).not.toContain('programme_cohost');
    expect(logged.length).toBe(1);
  });

  it('maps a client-caused PostgreSQL error (bad uuid text) to VALIDATION_FAILED, never a 500', () => {
    const r = run(resolverError(Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' })));
    expect(r.response.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(r.statusCode).toBe(200);
  });

  it('maps a unique violation a concurrent twin won to the module’s code, and an unknown one to CONFLICT', () => {
    expect(
      run(resolverError(Object.assign(new Error('dup'), { code: '23505', constraint: 'spec_thing_key' }))).response.errors![0]!.extensions,
    ).toMatchObject({ code: 'SPEC_TAKEN' });
    expect(
      run(resolverError(Object.assign(new Error('dup'), { code: '23505', constraint: 'other_key' }))).response.errors![0]!.extensions,
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it('answers 503 SERVICE_UNAVAILABLE when PostgreSQL cannot be reached', () => {
    const r = run(resolverError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })), 'en', null);
    expect(r.response.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(r.statusCode).toBe(503);
  });
});
