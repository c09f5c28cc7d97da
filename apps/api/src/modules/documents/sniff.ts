/**
 * What a document's bytes are, from its first bytes, against an allow-list: the types the consortium exchanges
 * (PDF, images, HWP/HWPX, Office, CSV/text). Anything else — an executable, a script, HTML, SVG — is refused, and so is
 * a name whose extension says something the bytes do not. (An allow-list of a dozen signatures; a general-purpose
 * sniffing library would recognise hundreds of types only to refuse them.)
 */
export interface Kind {
  /** Served as this type, always as an attachment. */
  contentType: string;
  /** Extensions a name may have for these bytes. */
  extensions: readonly string[];
}

const PDF: Kind = { contentType: 'application/pdf', extensions: ['pdf'] };
const PNG: Kind = { contentType: 'image/png', extensions: ['png'] };
const JPEG: Kind = { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
/** Zip containers: OOXML and HWPX. */
export const ZIP_KIND: Kind = { contentType: 'application/zip', extensions: ['docx', 'xlsx', 'pptx', 'hwpx'] };
/** OLE compound files: HWP 5, legacy Office. */
const OLE: Kind = { contentType: 'application/x-ole-storage', extensions: ['hwp', 'doc', 'xls', 'ppt'] };
const TEXT: Kind = { contentType: 'text/plain; charset=utf-8', extensions: ['txt', 'csv'] };

const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  hwpx: 'application/hwp+zip',
  hwp: 'application/x-hwp',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Extensions accepted (for the portal's file picker and the error message). */
export const DOCUMENT_EXTENSIONS = Object.keys(BY_EXTENSION);

const starts = (head: Buffer, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);

/** The kind of these first bytes, or null when they are not one the platform keeps. */
export function sniff(head: Buffer): Kind | null {
  if (starts(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (starts(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return ZIP_KIND;
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE;
  return isPlainText(head) ? TEXT : null;
}

/** UTF-8 text without NULs or other control bytes, not markup a browser would run, not a script with a #! line. */
function isPlainText(head: Buffer): boolean {
  if (!head.length || starts(head, [0x23, 0x21])) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, cutAtCharBoundary(head)));
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  return !/^\s*<(?:!doctype|html|svg|script|\?xml)/i.test(text.replace(/^\ufeff/, ''));
}

/** The head may end inside a multi-byte character: decode up to the last whole one. */
function cutAtCharBoundary(head: Buffer): number {
  let end = head.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = head[end - i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > i) end -= i;
    break;
  }
  return end;
}

/** The extension of a file name, lower-case ('' without one). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The content type a document is served with (from its checked extension). */
export function servedType(name: string): string {
  return BY_EXTENSION[extensionOf(name)] ?? 'application/octet-stream';
}

/**
 * A name safe to store and to send back: the last path segment only (no `../`, no `C:\`), no control or bidi
 * characters, no leading dots, at most 150 characters keeping the extension. Empty when nothing usable is left.
 */
export function safeName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  let name = last
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>|:*?]/g, '')
    .trim();
  name = name.replace(/^\.+/, '').trim();
  if (name.length > 150) {
    const ext = extensionOf(name);
    name = `${name.slice(0, 140 - ext.length)}…${ext ? `.${ext}` : ''}`;
  }
  return name;
}
