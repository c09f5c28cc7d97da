import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw) as (buf: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

/** What a ZIP-based document (docx, xlsx, pptx, hwpx) may hold once inflated: far above any real one, far below a bomb. */
export const ZIP_LIMITS = { maxEntries: 5_000, maxInflatedBytes: 200 * 1024 * 1024 };

export type ZipVerdict = 'ok' | 'unreadable' | 'too-large';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a ZIP container the way an office suite will: its central directory must parse, every entry must point at a
 * local header inside the file and use a method documents use (stored or deflate), and the entries together must
 * inflate to at most `maxInflatedBytes` (each is really inflated, off the event loop, with that cap: a header's
 * declared size is not believed).
 */
export async function checkZip(buf: Buffer, limits = ZIP_LIMITS): Promise<ZipVerdict> {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return 'unreadable';
  const entries = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'unreadable'; // ZIP64: no document needs it
  if (entries > limits.maxEntries) return 'too-large';
  if (offset + size > eocd) return 'unreadable';
  let at = offset;
  let budget = limits.maxInflatedBytes;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > offset + size || buf.readUInt32LE(at) !== CENTRAL) return 'unreadable';
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return 'unreadable';
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return 'unreadable';
    const data = buf.subarray(start, start + compressed);
    if (method === 0) budget -= compressed;
    else if (method === 8) {
      try {
        budget -= (await inflate(data, { maxOutputLength: Math.max(1, budget + 1) })).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
        return 'unreadable';
      }
    } else return 'unreadable';
    if (budget < 0) return 'too-large';
  }
  return 'ok';
}

/** The end-of-central-directory record: in the last 22 + 65,535 bytes (its comment may be that long). */
function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}
