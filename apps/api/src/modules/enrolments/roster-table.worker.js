// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS worker: it runs as-is under Jest and from dist */
/**
 * Reads the first sheet of an uploaded roster (XLSX or CSV) into rows of text cells, off the event loop, and refuses
 * a file while reading it as soon as it passes a limit: a cell with a value beyond `maxColumns`, a row with a value
 * beyond `maxRows`, more than `maxInflatedBytes` of uncompressed XML, a cell longer than `maxCellChars`. Nothing is
 * loaded whole: the zip is inflated in small chunks and the XML read by a SAX parser (saxes declares no entities, so
 * entity expansion bombs fail to parse). The caller runs this in a worker with a heap limit and a timeout
 * (roster-table.ts), so even what slips past the counters cannot stall or kill the API.
 *
 * In: workerData { bytes: Uint8Array, limits }. Out: { table: string[][] } or { error: { code, params } }.
 */
const { parentPort, workerData } = require('node:worker_threads');
const { Unzip, UnzipInflate } = require('fflate');
const { SaxesParser } = require('saxes');
const { parse: parseCsv } = require('@fast-csv/parse');

/** A file the reader refuses: the code is one of the API's error codes. */
class Refusal extends Error {
  /** @param {string} code @param {Record<string, string | number>} [params] */
  constructor(code, params = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}

const CHUNK = 8 * 1024; // compressed bytes pushed at a time: one push inflates to at most ~8 MB

/** "XFD12" → [11, 16383] (zero-based row, column), or null. @param {string} ref */
function cellRef(ref) {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/**
 * The table being filled, with the limits checked as each value arrives.
 * @param {{ maxRows: number, maxColumns: number, maxCellChars: number }} limits
 */
function tableBuilder(limits) {
  /** @type {Array<Array<string | { s: number }>>} */
  const rows = [];
  return {
    rows,
    limits,
    /** @param {number} row @param {number} col @param {string | { s: number }} value */
    set(row, col, value) {
      if (typeof value === 'string' && !value.trim()) return; // empty cells cost nothing, wherever they are
      if (col >= limits.maxColumns) throw new Refusal('IMPORT_TOO_MANY_COLUMNS', { max: limits.maxColumns });
      if (row >= limits.maxRows) throw new Refusal('IMPORT_TOO_MANY_ROWS', { max: limits.maxRows, rows: `${row + 1}+` });
      if (typeof value === 'string' && value.length > limits.maxCellChars)
        throw new Refusal('IMPORT_CELL_TOO_LONG', { max: limits.maxCellChars });
      (rows[row] ??= [])[col] = value;
    },
  };
}

/** A streaming XML reader for one zip entry: text in, SAX events out. @param {(p: SaxesParser) => void} wire */
function xmlReader(wire) {
  const parser = new SaxesParser();
  /** @type {Error | null} */
  let failure = null;
  parser.on('error', (err) => {
    failure ??= err;
  });
  wire(parser);
  const decoder = new TextDecoder('utf-8');
  return {
    /** @param {Uint8Array} data @param {boolean} final */
    push(data, final) {
      if (failure) return;
      parser.write(decoder.decode(data, { stream: !final }));
      if (final) parser.close();
      if (failure) throw failure instanceof Refusal ? failure : new Refusal('IMPORT_FILE_INVALID');
    },
  };
}

/** Worksheet XML: <row r><c r t><v>…</v> or <is><t>…</t></is></c></row>. @param {ReturnType<typeof tableBuilder>} table */
function sheetReader(table) {
  return xmlReader((p) => {
    let row = -1;
    let col = -1;
    let type = '';
    let text = '';
    let capturing = false;
    let phonetic = false;
    p.on('opentag', (tag) => {
      const a = /** @type {Record<string, string>} */ (tag.attributes);
      if (tag.name === 'row') {
        row = a.r ? Number(a.r) - 1 : row + 1;
        col = -1;
        if (!Number.isInteger(row) || row < 0) throw new Refusal('IMPORT_FILE_INVALID');
      } else if (tag.name === 'c') {
        const ref = a.r ? cellRef(a.r) : null;
        if (a.r && !ref) throw new Refusal('IMPORT_FILE_INVALID');
        col = ref ? ref[1] : col + 1;
        type = a.t ?? 'n';
        text = '';
      } else if (tag.name === 'rPh') phonetic = true;
      else if ((tag.name === 'v' || tag.name === 't') && !phonetic) capturing = true;
    });
    p.on('text', (t) => {
      if (!capturing) return;
      text += t;
      if (text.length > table.limits.maxCellChars) throw new Refusal('IMPORT_CELL_TOO_LONG', { max: table.limits.maxCellChars });
    });
    p.on('closetag', (tag) => {
      if (tag.name === 'v' || tag.name === 't') capturing = false;
      else if (tag.name === 'rPh') phonetic = false;
      else if (tag.name === 'c') {
        if (type === 's') {
          const index = Number(text);
          if (text.trim() && Number.isInteger(index) && index >= 0) table.set(row, col, { s: index });
        } else if (type === 'b') table.set(row, col, text === '1' ? 'TRUE' : text === '0' ? 'FALSE' : text);
        else if (type !== 'e') table.set(row, col, text);
      }
    });
  });
}

/** sharedStrings.xml: <si> with <t> or rich-text runs <r><t>; phonetic hints (<rPh>) are not text. @param {string[]} out @param {number} maxCellChars */
function sharedStringsReader(out, maxCellChars) {
  return xmlReader((p) => {
    let text = '';
    let capturing = false;
    let phonetic = false;
    p.on('opentag', (tag) => {
      if (tag.name === 'si') text = '';
      else if (tag.name === 'rPh') phonetic = true;
      else if (tag.name === 't' && !phonetic) capturing = true;
    });
    p.on('text', (t) => {
      if (!capturing) return;
      text += t;
      if (text.length > maxCellChars) throw new Refusal('IMPORT_CELL_TOO_LONG', { max: maxCellChars });
    });
    p.on('closetag', (tag) => {
      if (tag.name === 't') capturing = false;
      else if (tag.name === 'rPh') phonetic = false;
      else if (tag.name === 'si') out.push(text);
    });
  });
}

/** workbook.xml → the first sheet's relationship id; workbook.xml.rels → relationship id to path. */
function smallXml(/** @type {(name: string, attrs: Record<string, string>) => void} */ onTag) {
  return xmlReader((p) => p.on('opentag', (tag) => onTag(tag.name, /** @type {Record<string, string>} */ (tag.attributes))));
}

/**
 * @param {Uint8Array} bytes
 * @param {{ maxRows: number, maxColumns: number, maxCellChars: number, maxInflatedBytes: number }} limits
 * @returns {string[][]}
 */
function readXlsx(bytes, limits) {
  /** @type {Map<string, ReturnType<typeof tableBuilder>>} */
  const sheets = new Map();
  /** @type {string[]} */
  const shared = [];
  let firstSheetRel = '';
  /** @type {Map<string, string>} */
  const relTargets = new Map();
  let inflated = 0;

  const unzip = new Unzip((file) => {
    const name = file.name.replace(/^\//, '');
    /** @type {{ push(data: Uint8Array, final: boolean): void } | null} */
    let reader = null;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const table = tableBuilder(limits);
      sheets.set(name, table);
      reader = sheetReader(table);
    } else if (name === 'xl/sharedStrings.xml') reader = sharedStringsReader(shared, limits.maxCellChars);
    else if (name === 'xl/workbook.xml')
      reader = smallXml((tag, a) => (tag === 'sheet' && !firstSheetRel ? (firstSheetRel = a['r:id'] ?? '') : undefined));
    else if (name === 'xl/_rels/workbook.xml.rels')
      reader = smallXml((tag, a) => (tag === 'Relationship' && a.Id && a.Target ? relTargets.set(a.Id, a.Target) : undefined));
    if (!reader) return; // styles, themes, pictures: never inflated
    const sink = reader;
    file.ondata = (err, data, final) => {
      // fflate hands exceptions thrown below (our refusals too) back here as `err`.
      if (err) throw err instanceof Refusal ? err : new Refusal('IMPORT_FILE_INVALID');
      inflated += data.length;
      if (inflated > limits.maxInflatedBytes)
        throw new Refusal('IMPORT_TOO_LARGE_UNCOMPRESSED', { max: Math.round(limits.maxInflatedBytes / 1024 / 1024) });
      sink.push(data, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let off = 0; off < bytes.length; off += CHUNK) unzip.push(bytes.subarray(off, off + CHUNK), off + CHUNK >= bytes.length);
  } catch (err) {
    if (err instanceof Refusal) throw err;
    throw new Refusal('IMPORT_FILE_INVALID');
  }
  const target = relTargets.get(firstSheetRel);
  const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : [...sheets.keys()].sort()[0];
  const sheet = path ? sheets.get(path) : undefined;
  if (!sheet) throw new Refusal('IMPORT_FILE_INVALID');
  return Array.from(sheet.rows, (r) =>
    Array.from(r ?? [], (v) => {
      if (v === undefined) return '';
      if (typeof v === 'string') return v.trim();
      const s = shared[v.s];
      if (s === undefined) throw new Refusal('IMPORT_FILE_INVALID');
      return s.trim();
    }),
  );
}

/**
 * CSV in UTF-8 (with or without BOM) or, when that does not decode, EUC-KR (Excel's "CSV" on Korean Windows).
 * @param {Uint8Array} bytes
 * @param {{ maxRows: number, maxColumns: number, maxCellChars: number }} limits
 * @returns {Promise<string[][]>}
 */
function readCsv(bytes, limits) {
  if (bytes.includes(0)) return Promise.reject(new Refusal('IMPORT_FILE_INVALID'));
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\uFFFD')) text = new TextDecoder('euc-kr').decode(bytes);
  text = text.replace(/^\uFEFF/, '');
  const table = tableBuilder(limits);
  return new Promise((resolve, reject) => {
    let row = 0;
    const stream = parseCsv();
    stream.on('error', (err) => reject(err instanceof Refusal ? err : new Refusal('IMPORT_FILE_INVALID')));
    stream.on('data', (/** @type {string[]} */ cells) => {
      try {
        cells.forEach((v, col) => table.set(row, col, v));
        row++;
      } catch (err) {
        stream.destroy();
        reject(err);
      }
    });
    stream.on('end', () => resolve(Array.from(table.rows, (r) => Array.from(r ?? [], (v) => (typeof v === 'string' ? v.trim() : '')))));
    stream.end(text);
  });
}

async function main() {
  const { bytes, limits } = workerData;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  try {
    const table = isZip ? readXlsx(bytes, limits) : await readCsv(bytes, limits);
    parentPort?.postMessage({ table });
  } catch (err) {
    parentPort?.postMessage({
      error: err instanceof Refusal ? { code: err.code, params: err.params } : { code: 'IMPORT_FILE_INVALID', params: {} },
    });
  }
}

if (parentPort) void main();
module.exports = { readXlsx, readCsv, Refusal };
