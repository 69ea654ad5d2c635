import { textCells } from '@mendao/platform';
import ExcelJS from 'exceljs';
import type { PartWithDoor } from '../cut-patterns.repository';
import { endCutsText, handingText } from './pattern-text';

export const SPLIT_DETAIL_COLUMNS = [
  { header: '行 line', key: 'lineNo', width: 6 },
  { header: '位置 room', key: 'room', width: 12 },
  { header: '门洞 opening', key: 'opening', width: 12 },
  { header: '颜色 finish', key: 'finish', width: 14 },
  { header: '开向 handing', key: 'handing', width: 18 },
  { header: '部件号 ref', key: 'ref', width: 18 },
  { header: '部件 part', key: 'component', width: 22 },
  { header: '材料 material', key: 'material', width: 16 },
  { header: '长 length', key: 'length', width: 10 },
  { header: '宽 width', key: 'width', width: 10 },
  { header: '厚 thickness', key: 'thickness', width: 10 },
  { header: '每樘 per door', key: 'perDoor', width: 10 },
  { header: '数量 quantity', key: 'quantity', width: 10 },
  { header: '下料 cut', key: 'cutKind', width: 8 },
  { header: '纹理 grain', key: 'grain', width: 8 },
  { header: '端切 end cuts', key: 'endCuts', width: 26 },
  { header: '工艺路线 route', key: 'route', width: 30 },
  { header: '包装 package', key: 'packageGroup', width: 10 },
] as const;

/** Excel refuses sheet names over 31 characters and with []:*?/\ in them. */
function sheetName(orderNo: string, taken: Set<string>): string {
  const base = orderNo.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'order';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 26)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * 拆单明细: one sheet an order, its parts door line by door line in split order, every part with its sizes,
 * material and route; a blank row between lines so a door reads as a block.
 */
export async function splitDetailXlsx(parts: readonly PartWithDoor[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const byOrder = new Map<string, PartWithDoor[]>();
  for (const p of parts) byOrder.set(p.orderNo, [...(byOrder.get(p.orderNo) ?? []), p]);
  const taken = new Set<string>();
  if (byOrder.size === 0) workbook.addWorksheet('拆单明细');
  for (const [orderNo, rows] of byOrder) {
    const sheet = workbook.addWorksheet(sheetName(orderNo, taken), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = SPLIT_DETAIL_COLUMNS.map(({ key, width }) => ({ key, width }));
    sheet.addRow([`拆单明细 split detail · ${orderNo}`]).font = { bold: true, size: 13 };
    sheet.addRow(SPLIT_DETAIL_COLUMNS.map((c) => c.header)).font = { bold: true };
    let line: number | null = null;
    for (const { part, lineNo, room, finish, width, height } of rows) {
      if (line !== null && line !== lineNo) sheet.addRow([]);
      line = lineNo;
      sheet.addRow(
        textCells({
          lineNo,
          room: room ?? '',
          opening: width !== null && height !== null ? `${width}×${height}` : '',
          finish: finish ?? '',
          handing: handingText(part.handing),
          ref: part.ref,
          component: part.component,
          material: part.material,
          length: part.length,
          width: part.width,
          thickness: part.thickness,
          perDoor: part.perDoor,
          quantity: part.quantity,
          cutKind: part.cutKind,
          grain: part.grain,
          endCuts: endCutsText(part.endCuts),
          route: part.route.join(' → '),
          packageGroup: part.packageGroup,
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
