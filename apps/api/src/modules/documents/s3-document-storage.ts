import type { Readable } from 'node:stream';
import type { OnApplicationShutdown } from '@nestjs/common';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { AppConfig } from '../../core/config';
import { DocumentStorage } from './document-storage';

/**
 * Documents in S3-compatible object storage (AWS S3, NCP Object Storage, MinIO …): streamed up as a multipart upload,
 * which the store shows under the key only once complete (an aborted upload leaves nothing); path-style addressing,
 * so an endpoint on a private network works.
 */
export class S3DocumentStorage extends DocumentStorage implements OnApplicationShutdown {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(s3: NonNullable<AppConfig['s3']>) {
    super();
    this.bucket = s3.bucket;
    this.client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
    });
  }

  async save(key: string, source: Readable): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: source },
      queueSize: 2,
      partSize: 5 * 1024 * 1024,
    });
    // A failing source (the size cap) must abort the upload, not leave it waiting for bytes.
    const failed = new Promise<never>((_, reject) =>
      source.once('error', (err) => {
        void upload.abort();
        reject(err);
      }),
    );
    await Promise.race([upload.done(), failed]);
  }

  async open(key: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return object.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's kept-alive connections. */
  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
