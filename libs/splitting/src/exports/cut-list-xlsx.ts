import { textCells } from '@mendao/platform';
import ExcelJS from 'exceljs';
import type { CutPattern } from '../domain/cut-patterns';
import { endCutsText, handingText, stockSizeText } from './pattern-text';

export const PATTERN_COLUMNS = [
  { header: '图号 pattern', key: 'no', width: 9 },
  { header: '材料 material', key: 'material', width: 16 },
  { header: '类型 kind', key: 'kind', width: 9 },
  { header: '厚 thickness', key: 'thickness', width: 10 },
  { header: '开料宽 rip width', key: 'ripWidth', width: 12 },
  { header: '原料尺寸 stock size', key: 'stockSize', width: 16 },
  { header: '余料料号 from remnant', key: 'fromRemnant', width: 22 },
  { header: '数量 count', key: 'count', width: 9 },
  { header: '件数/次 pieces each', key: 'pieces', width: 12 },
  { header: '刀数 cuts', key: 'cuts', width: 9 },
  { header: '余料 remnant', key: 'remnant', width: 14 },
  { header: '废料 waste', key: 'waste', width: 12 },
  { header: '原料 stock (plan/layout)', key: 'layouts', width: 40 },
] as const;

export const PIECE_COLUMNS = [
  { header: '图号 pattern', key: 'pattern', width: 9 },
  { header: '顺序 seq', key: 'seq', width: 8 },
  { header: '部件 part', key: 'component', width: 22 },
  { header: '长 length', key: 'length', width: 10 },
  { header: '宽 width', key: 'width', width: 10 },
  { header: '端切 end cuts', key: 'endCuts', width: 26 },
  { header: 'x', key: 'x', width: 8 },
  { header: 'y', key: 'y', width: 8 },
  { header: '旋转 rotated', key: 'rotated', width: 9 },
  { header: '部件号 ref', key: 'ref', width: 18 },
  { header: '门 door', key: 'door', width: 14 },
  { header: '位置 room', key: 'room', width: 12 },
  { header: '颜色 finish', key: 'finish', width: 14 },
  { header: '开向 handing', key: 'handing', width: 20 },
  { header: '数量 quantity', key: 'quantity', width: 10 },
] as const;

/**
 * The cut list as a workbook: 下料方案 (one row a pattern, with its count ×N) and 部件 (one row a position of a
 * pattern and a door it serves, with how many of the count go to that door), so the sawyer cuts by pattern and
 * the labels still go door by door.
 */
export async function cutListXlsx(patterns: readonly CutPattern[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('下料方案 patterns', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PATTERN_COLUMNS.map((c) => ({ ...c }));
  for (const p of patterns) {
    sheet.addRow(
      textCells({
        no: p.no,
        material: p.material,
        kind: p.kind,
        thickness: p.thickness ?? '',
        ripWidth: p.ripWidth ?? '',
        stockSize: stockSizeText(p),
        fromRemnant: p.fromRemnant ?? '',
        count: p.count,
        pieces: p.pieces.length,
        cuts: p.kind === 'sheet' ? p.cuts.length : p.pieces.length,
        remnant: p.kind === 'linear' ? p.remnant : p.remnants.map((r) => `${r.width}×${r.height}`).join(', '),
        waste: p.waste,
        layouts: p.repetitions.map((r) => `${r.plan}/${r.layout}`).join(' '),
      }),
    );
  }
  const pieces = workbook.addWorksheet('部件 pieces', { views: [{ state: 'frozen', ySplit: 1 }] });
  pieces.columns = PIECE_COLUMNS.map((c) => ({ ...c }));
  for (const p of patterns) {
    for (const piece of p.pieces) {
      for (const use of piece.uses) {
        pieces.addRow(
          textCells({
            pattern: p.no,
            seq: piece.seq,
            component: use.component,
            length: piece.length,
            width: piece.width ?? '',
            endCuts: endCutsText(piece.endCuts),
            x: piece.x,
            y: piece.y ?? '',
            rotated: piece.rotated ? 'yes' : '',
            ref: use.ref,
            door: use.door,
            room: use.room ?? '',
            finish: use.finish ?? '',
            handing: handingText(use.handing),
            quantity: use.quantity,
          }),
        );
      }
    }
  }
  for (const ws of [sheet, pieces]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
