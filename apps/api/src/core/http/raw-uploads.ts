import type { FastifyInstance } from 'fastify';
import type { RawUpload } from '../module';

/**
 * The modules' raw upload bodies (roster files): accepted only on their routes, streamed in and refused past their
 * limit while arriving (413), never buffered beyond it.
 */
export function installRawUploads(fastify: FastifyInstance, uploads: readonly RawUpload[]): void {
  for (const upload of uploads) {
    fastify.addContentTypeParser(upload.contentTypes, (req, payload, done) => {
      if (!req.url.startsWith(upload.pathPrefix))
        return done(Object.assign(new Error('Unsupported media type'), { statusCode: 415 }), undefined);
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (err: Error | null, body?: Buffer) => {
        if (finished) return;
        finished = true;
        done(err, body);
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > upload.maxBytes) {
          finish(Object.assign(upload.tooLarge(), { statusCode: 413 }));
          payload.resume();
        } else chunks.push(chunk);
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks)));
      payload.on('error', (err: Error) => finish(err));
    });
  }
}
