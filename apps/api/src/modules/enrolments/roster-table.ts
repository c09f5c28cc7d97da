import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { ROSTER_COLUMNS, ROSTER_IMPORT_MAX_ROWS } from '@lalaland/shared';
import { AppError } from '../../core/errors/app-error';
import type { ErrorCode } from '../../core/errors/error-codes';

/**
 * Limits of an uploaded roster file (docs/adr/0007-upload-and-query-limits.md). The upload itself is capped at
 * IMPORT_MAX_BYTES by the HTTP parser; these bound what the bytes may unfold into.
 */
export const ROSTER_FILE_LIMITS = {
  /** A header within the first five rows, then the data rows. */
  maxRows: ROSTER_IMPORT_MAX_ROWS + 5,
  /** Uncompressed XML read from the zip, all entries together. */
  maxInflatedBytes: 32 * 1024 * 1024,
  maxCellChars: 1000,
  /** Worker heap and wall-clock budget: a file that needs more is refused, and the API never notices. */
  heapMb: 96,
  timeoutMs: 10_000,
  /** Files parsed at once; more wait, and past `queue` waiting the upload is refused as busy. */
  parallel: 2,
  queue: 6,
};

/** Columns a roster may use: the template's, one per session, and a few spare for staff's own notes. */
export function rosterMaxColumns(sessions: number): number {
  return ROSTER_COLUMNS.length + sessions + 10;
}

const WORKER = join(__dirname, 'roster-table.worker.js');
let running = 0;
const waiting: Array<() => void> = [];

async function slot(): Promise<() => void> {
  if (running >= ROSTER_FILE_LIMITS.parallel) {
    if (waiting.length >= ROSTER_FILE_LIMITS.queue) throw new AppError('IMPORT_BUSY');
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * The first sheet of an XLSX or CSV file as trimmed text cells, read in a worker thread (roster-table.worker.js) with
 * a heap limit and a timeout, so a hostile file costs the API neither memory nor event-loop time.
 */
export async function readRosterTable(file: Buffer, maxColumns: number): Promise<string[][]> {
  const release = await slot();
  try {
    return await new Promise<string[][]>((resolve, reject) => {
      const bytes = new Uint8Array(file);
      const worker = new Worker(WORKER, {
        workerData: { bytes, limits: { ...ROSTER_FILE_LIMITS, maxColumns } },
        transferList: [bytes.buffer],
        resourceLimits: { maxOldGenerationSizeMb: ROSTER_FILE_LIMITS.heapMb, maxYoungGenerationSizeMb: 16 },
        stdout: true,
        stderr: true,
      });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        fn();
      };
      const timer = setTimeout(() => settle(() => reject(new AppError('IMPORT_FILE_TOO_COMPLEX'))), ROSTER_FILE_LIMITS.timeoutMs);
      worker.once('message', (m: { table?: string[][]; error?: { code: ErrorCode; params: Record<string, string | number> } }) =>
        settle(() =>
          m.table ? resolve(m.table) : reject(new AppError(m.error?.code ?? 'IMPORT_FILE_INVALID', { params: m.error?.params })),
        ),
      );
      // Out of heap (ERR_WORKER_OUT_OF_MEMORY) or any other crash of the worker: the file is what was too much.
      worker.once('error', () => settle(() => reject(new AppError('IMPORT_FILE_TOO_COMPLEX'))));
      worker.once('exit', () => settle(() => reject(new AppError('IMPORT_FILE_TOO_COMPLEX'))));
    });
  } finally {
    release();
  }
}
