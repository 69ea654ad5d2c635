import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import { CJK_FONT_PATH, cjkFontFile, printable } from './cjk-font';
import { woffToSfnt } from './woff-to-sfnt';

function pdfWithFont(font: Buffer, lines: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', font).font('cjk').fontSize(8);
  for (let i = 0; i < lines; i++) doc.text(`竖套线 casing leg ${2000 + i} 主卧 SO-门-1-${i}`);
  doc.end();
  return done;
}

describe(woffToSfnt.name, () => {
  const woff = readFileSync(CJK_FONT_PATH);
  const font = woffToSfnt(woff);

  it('unwraps the Noto Sans SC .woff into a TrueType font with every table at its original length', () => {
    expect(font.readUInt32BE(0)).toBe(0x00010000);
    const count = woff.readUInt16BE(12);
    expect(font.readUInt16BE(4)).toBe(count);
    for (let i = 0; i < count; i++) {
      expect(font.readUInt32BE(12 + i * 16)).toBe(woff.readUInt32BE(44 + i * 20));
      expect(font.readUInt32BE(12 + i * 16 + 12)).toBe(woff.readUInt32BE(44 + i * 20 + 12));
    }
  });

  it('lets pdfkit set 200 lines of Chinese in a few seconds at most (the .woff itself took ~200 ms a line, 40 s)', async () => {
    await pdfWithFont(font, 1);
    const started = Date.now();
    const pdf = await pdfWithFont(font, 200);
    // measured 0.7 s; room for a loaded CI, while the .woff as it ships would take ~40 s
    expect(Date.now() - started).toBeLessThan(5000);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses what is not a WOFF 1.0 font', () => {
    expect(() => woffToSfnt(Buffer.alloc(64))).toThrow('not a WOFF 1.0 font');
  });
});

describe(cjkFontFile.name, () => {
  it('unwraps the font once per process: every PDF gets the same buffer', () => {
    expect(cjkFontFile()).toBe(cjkFontFile());
    expect(cjkFontFile().readUInt32BE(0)).toBe(0x00010000);
  });
});

describe(printable.name, () => {
  it('keeps what Noto Sans SC draws and marks what it cannot with "?" instead of an empty box', () => {
    expect(printable('下料图 门套线 ×6 · 45° 主卧 OAK-1')).toBe('下料图 门套线 ×6 · 45° 主卧 OAK-1');
    expect(printable('卧室🚪')).toBe('卧室?');
  });
});
