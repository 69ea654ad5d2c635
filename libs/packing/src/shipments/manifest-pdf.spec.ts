import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManifestPackage, ShipmentManifest } from './manifest';
import { contentsText, localTime } from './manifest';
import { manifestPdf } from './manifest-pdf';

const pkg = (k: number, n = 3): ManifestPackage => ({
  code: `P00000000${k}0`,
  barcode: `P00000000${k}0`,
  kind: 'leaf',
  lineNo: 1,
  room: '主卧',
  productCode: 'LVL01',
  doorNo: 1,
  k,
  n,
  contents: [{ item: '门扇', itemEn: 'door leaf', quantity: 1, unit: '扇' }],
  loadedAt: '2026-11-30T06:05:00.000Z',
  loadedBy: 'packer',
});

function manifest(status: 'open' | 'closed', packages: number): ShipmentManifest {
  return {
    shipment: {
      id: 'a',
      number: 'SH-20261130-001',
      vehicle: '沪A·12345',
      driver: '张师傅',
      status,
      createdAt: '2026-11-30T01:00:00.000Z',
      closedAt: status === 'closed' ? '2026-11-30T07:00:00.000Z' : null,
      cancelledAt: null,
      overrideReason: status === 'closed' ? '客户急需 urgent' : null,
      loaded: packages,
      expected: packages + 1,
      orders: 1,
    },
    orders: [
      {
        id: 'o',
        orderNo: 'SO-门-1',
        customer: '王女士',
        stop: 1,
        loadSequence: 1,
        status: 'packed',
        loaded: packages,
        expected: packages + 1,
        packed: packages + 1,
        packages: Array.from({ length: packages }, (_, i) => pkg(i + 1, packages + 1)),
      },
    ],
    missing: [
      {
        code: 'P0000000990',
        barcode: 'P0000000990',
        orderId: 'o-1',
        orderNo: 'SO-门-1',
        lineNo: 2,
        doorNo: 1,
        k: 1,
        n: 1,
      },
    ],
    override:
      status === 'closed'
        ? { reason: '客户急需 urgent', by: { id: 'm', username: 'manager' }, at: '2026-11-30T07:00:00.000Z' }
        : null,
  };
}

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe(manifestPdf.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function text(pdf: Buffer): string {
    const file = join(dir, 'm.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
  }

  it('prints a closed shipment in Chinese: the truck, the order’s loaded packages, what was missing, the override', async () => {
    const pdf = await manifestPdf(manifest('closed', 2), 'Asia/Shanghai');
    expect(pages(pdf)).toBe(1);
    const words = text(pdf);
    expect(words).toContain('装车清单 Shipping manifest');
    expect(words).toContain('已关闭 CLOSED');
    expect(words).toContain('SH-20261130-001');
    expect(words).toContain('沪A·12345');
    expect(words).toContain('第 1 站 Stop 1 · SO-门-1 · 王女士');
    // loaded at 06:05 UTC: 14:05 in Shanghai
    expect(words).toContain('2026-11-30 14:05');
    expect(words).toContain('P0000000010');
    expect(words).toContain('门扇 ×1扇');
    expect(words).toContain('缺件 Missing (1)');
    expect(words).toContain('P0000000990');
    expect(words).toContain('主管放行 Supervisor override: 客户急需 urgent — manager');
    expect(words).toContain('司机签字 Driver');
    expect(words).toContain('装车员签字 Loader');
  });

  it('marks an open shipment as a draft and lists what is still to load', async () => {
    const words = text(await manifestPdf(manifest('open', 1), 'Asia/Shanghai'));
    expect(words).toContain('未关闭 OPEN');
    expect(words).toContain('未装车 Still to load (1)');
    expect(words).not.toContain('主管放行');
  });

  it('continues a long load over pages and stays small (the font subset)', async () => {
    const pdf = await manifestPdf(manifest('closed', 150), 'Asia/Shanghai');
    expect(pages(pdf)).toBeGreaterThanOrEqual(3);
    expect(text(pdf)).toContain(`第 ${pages(pdf)}/${pages(pdf)} 页`);
    expect(pdf.length).toBeLessThan(150_000);
  });
});

describe(localTime.name, () => {
  it('writes an instant in the factory’s time zone', () => {
    expect(localTime('2026-11-30T16:30:00Z', 'Asia/Shanghai')).toBe('2026-12-01 00:30');
    expect(localTime('2026-11-30T16:30:00Z', 'UTC')).toBe('2026-11-30 16:30');
  });
});

describe(contentsText.name, () => {
  it('writes a package’s contents on one line', () => {
    expect(
      contentsText([
        { item: '门套线', itemEn: 'casing', quantity: 6, unit: '根' },
        { item: '五金包', itemEn: 'hardware kit', quantity: 1, unit: '包' },
      ]),
    ).toBe('门套线 ×6根, 五金包 ×1包');
  });
});
