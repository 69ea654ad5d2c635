import type { DoorType } from './product';

/**
 * Handing (开启方向) as two facts, not free text (domain.md §1.1): the hinge side and the opening side, seen from
 * the corridor (the side the label is read from). `in` is 内开 (the leaf swings away from the viewer, push), `out`
 * 外开 (towards, pull); a sliding door has no hinges, its side is the way it slides open. For a pair (双开, 子母门)
 * the side is the active (master) leaf's hinge side. Stored as one code per line (`left-in`…).
 */
export const HANDINGS = [
  'left-in',
  'left-out',
  'right-in',
  'right-out',
  'left-sliding',
  'right-sliding',
  'none',
] as const;
export type HandingCode = (typeof HANDINGS)[number];

export type HingeSide = 'left' | 'right' | 'none';
export type OpenSide = 'in' | 'out' | 'sliding' | 'none';

export interface Handing {
  code: HandingCode;
  hingeSide: HingeSide;
  openSide: OpenSide;
}

/** The values rules may compare `hingeSide` and `openSide` with. */
export const HINGE_SIDES: readonly HingeSide[] = ['left', 'right', 'none'];
export const OPEN_SIDES: readonly OpenSide[] = ['in', 'out', 'sliding', 'none'];

export const HANDING_LABELS: Record<HandingCode, { zh: string; en: string }> = {
  'left-in': { zh: '左内开', en: 'left, opens in' },
  'left-out': { zh: '左外开', en: 'left, opens out' },
  'right-in': { zh: '右内开', en: 'right, opens in' },
  'right-out': { zh: '右外开', en: 'right, opens out' },
  'left-sliding': { zh: '左推拉', en: 'slides left' },
  'right-sliding': { zh: '右推拉', en: 'slides right' },
  none: { zh: '无', en: 'none' },
};

export function handingOf(code: HandingCode): Handing {
  if (code === 'none') return { code, hingeSide: 'none', openSide: 'none' };
  const [side, open] = code.split('-') as ['left' | 'right', 'in' | 'out' | 'sliding'];
  return { code, hingeSide: side, openSide: open };
}

const NONE_WORDS = new Set(['无', '没有', '垭口', '哑口', 'none', 'na', 'n/a', '-', '/']);

/**
 * The handing a dealer wrote, in the words dealers use (左内开, 右外开, 左推拉, 内开左, L-IN, left in, LI, right
 * sliding…) or as a code; null with the reason when it does not say both sides (左开 alone does not say in or out).
 */
export function parseHanding(text: string): { handing: Handing } | { problem: string } {
  const raw = text.trim().toLowerCase();
  if (NONE_WORDS.has(raw)) return { handing: handingOf('none') };
  const compact = raw.replace(/[\s_\-–—·.,，、()（）]/g, '').replace(/(hand|swing|ing|开|门|式|向)/g, '');
  let side: 'left' | 'right' | null = null;
  let rest = compact;
  if (/左/.test(compact) !== /右/.test(compact)) {
    side = /左/.test(compact) ? 'left' : 'right';
    rest = compact.replace(/[左右]/g, '');
  } else if (/left/.test(compact) !== /right/.test(compact)) {
    side = /left/.test(compact) ? 'left' : 'right';
    rest = compact.replace(/left|right/, '');
  } else if (!/[左右]/.test(compact)) {
    // short codes: L-IN, LI, RH-out, rs
    const short = /^(lh|l|rh|r)(.*)$/.exec(compact);
    if (short) {
      side = short[1].startsWith('l') ? 'left' : 'right';
      rest = short[2];
    }
  }
  const sliding = /推拉|移|滑|slid|^s$/.test(rest);
  const inward = /内|^in|^i$/.test(rest);
  const outward = /外|^out|^o$/.test(rest);
  const kinds = [sliding, inward, outward].filter(Boolean).length;
  if (side === null) {
    return {
      problem: `"${text}": say the hinge side, 左 or 右 (left or right) / 请写明左开或右开，例如 左内开、右外开、左推拉`,
    };
  }
  if (kinds !== 1) {
    return {
      problem: `"${text}": say 内开, 外开 or 推拉 (in, out or sliding) / 请写明内开、外开或推拉，例如 左内开`,
    };
  }
  return { handing: handingOf(`${side}-${sliding ? 'sliding' : inward ? 'in' : 'out'}` as HandingCode) };
}

/**
 * The IFC door operation (IfcDoorTypeOperationEnum) of a door type and handing: what a BIM model or another
 * system calls it. IFC gives the hinge side as seen in +y and leaves in/out to placement, so both facts are kept.
 */
export function ifcOperation(doorType: DoorType, handing: Handing, leaves: number): string {
  switch (doorType) {
    case 'single':
      return handing.hingeSide === 'right' ? 'SINGLE_SWING_RIGHT' : 'SINGLE_SWING_LEFT';
    case 'double':
    case 'unequal_pair':
      return 'DOUBLE_DOOR_SINGLE_SWING';
    case 'sliding':
      if (leaves > 1) return 'DOUBLE_DOOR_SLIDING';
      return handing.hingeSide === 'right' ? 'SLIDING_TO_RIGHT' : 'SLIDING_TO_LEFT';
    case 'cased_opening':
      return 'NOTDEFINED';
  }
}
