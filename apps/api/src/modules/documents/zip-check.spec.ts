import { zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { checkZip } from './zip-check';

const zip = (files: Record<string, Uint8Array>) => Buffer.from(zipSync(files, { level: 9 }));

describe('ZIP-based documents are read the way an office suite reads them', () => {
  it('keeps a real workbook and a small container', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('예산').addRow(['비목', '금액']);
    expect(await checkZip(Buffer.from(await wb.xlsx.writeBuffer()))).toBe('ok');
    expect(
      await checkZip(
        zip({
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'word/document.xml': new TextEncoder().encode('<w:document/>'),
        }),
      ),
    ).toBe('ok');
  });

  it('refuses one whose central directory does not parse: cut short, or pointing outside the file', async () => {
    const good = zip({ 'a.xml': new Uint8Array(1000).fill(65) });
    expect(await checkZip(good.subarray(0, good.length - 30))).toBe('unreadable');
    const broken = Buffer.from(good);
    broken.writeUInt32LE(0x7fffffff, broken.length - 6); // the directory's offset
    expect(await checkZip(broken)).toBe('unreadable');
    expect(await checkZip(Buffer.from('PK\u0003\u0004 not really a zip'))).toBe('unreadable');
  });

  it('refuses one that inflates past the cap, whatever its headers declare', async () => {
    const bomb = zip({ 'a.xml': new Uint8Array(6 * 1024 * 1024), 'b.xml': new Uint8Array(6 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(30_000);
    expect(await checkZip(bomb, { maxEntries: 100, maxInflatedBytes: 10 * 1024 * 1024 })).toBe('too-large');
    // the central directory says 1 byte each: still refused, because the entries are really inflated
    const lying = Buffer.from(bomb);
    for (
      let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    )
      lying.writeUInt32LE(1, at + 24);
    expect(await checkZip(lying, { maxEntries: 100, maxInflatedBytes: 10 * 1024 * 1024 })).toBe('too-large');
    expect(
      await checkZip(zip(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, new Uint8Array(1)]))), {
        maxEntries: 10,
        maxInflatedBytes: 1e9,
      }),
    ).toBe('too-large');
  });
});
