import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config';

/** Where documents' bytes live, by key (a UUID): the database keeps everything else. */
export abstract class DocumentStorage {
  /** Streams `source` under `key`; nothing is visible under the key until the whole stream has been written. */
  abstract save(key: string, source: Readable): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}

/** Documents on disk under DATA_DIR/documents (the default; back the folder up with the database). */
@Injectable()
export class DiskDocumentStorage extends DocumentStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = join(config.dataDir, 'documents');
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('invalid document key');
    return join(this.root, key.slice(0, 2), key);
  }

  async save(key: string, source: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    try {
      await pipeline(source, createWriteStream(`${path}.part`, { flags: 'wx' }));
      await rename(`${path}.part`, path);
    } catch (err) {
      await rm(`${path}.part`, { force: true });
      throw err;
    }
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    return stream;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
