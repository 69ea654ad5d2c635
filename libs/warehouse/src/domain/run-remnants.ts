import { createHash } from 'node:crypto';
import { normaliseRemnant, type RemnantSize } from './remnant-size';

/** What a split run's cut plans say, as far as its remnants go (a subset of the splitting's CutPlan). */
export type RunCutPlan =
  | {
      n: number;
      material: string;
      kind: 'linear';
      /** The width a ripped material's bars were ripped to first: its offcuts are strips of that width. */
      ripWidth?: number | null;
      plan: { bars: { remnant: number }[] };
    }
  | {
      n: number;
      material: string;
      kind: 'sheet';
      plan: { layouts: { remnants: { width: number; height: number }[] }[] };
    };

/** One remnant (余料) a run's plan leaves: its label, material, normalised whole-mm sizes, and where it is cut. */
export interface RunRemnant extends RemnantSize {
  label: string;
  material: string;
  /** The cut plan (n) and its bar or sheet (1-based) that leaves it. */
  plan: number;
  layout: number;
}

/**
 * The run's remnants in plan order (plan n, then bar or sheet, then the sheet's remnants as the cutting lists
 * them), labelled `RM-<first 8 of the run id>-<k>`: the same run always gives the same labels. Sizes are floored
 * to whole mm (a tape never finds more than there is). A ripped bar's offcut keeps its rip width (a 120 mm strip is
 * not a 150 mm one: `LVL-40-R120x619`); a fixed profile's has no width (its section is the material's).
 */
export function runRemnants(runId: string, cutPlans: RunCutPlan[]): RunRemnant[] {
  const out: RunRemnant[] = [];
  const mm = (value: number) => Math.floor(value + 1e-6);
  for (const cut of [...cutPlans].sort((a, b) => a.n - b.n)) {
    if (cut.kind === 'linear') {
      cut.plan.bars.forEach((bar, i) => {
        const width = cut.ripWidth ? mm(cut.ripWidth) : null;
        if (bar.remnant > 0) out.push(remnant(runId, out.length, cut, i, normaliseRemnant(mm(bar.remnant), width)));
      });
    } else {
      cut.plan.layouts.forEach((layout, i) => {
        for (const rect of layout.remnants)
          out.push(remnant(runId, out.length, cut, i, normaliseRemnant(mm(rect.height), mm(rect.width))));
      });
    }
  }
  return out;
}

function remnant(runId: string, before: number, cut: RunCutPlan, index: number, size: RemnantSize): RunRemnant {
  return { label: remnantLabel(runId, before + 1), material: cut.material, ...size, plan: cut.n, layout: index + 1 };
}

export function remnantLabel(runId: string, k: number): string {
  return `RM-${runShort(runId)}-${k}`;
}

/** A label's run prefix and number, or null when it is not a remnant label. */
export function parseRemnantLabel(label: string): { runShort: string; k: number } | null {
  const match = /^RM-([0-9A-F]{8})-([1-9][0-9]{0,5})$/i.exec(label.trim());
  return match ? { runShort: match[1].toLowerCase(), k: Number(match[2]) } : null;
}

const runShort = (runId: string) => runId.slice(0, 8).toUpperCase();

// RFC 4122 §4.3 name-based (SHA-1) UUIDs: a fixed namespace for remnant receipts
const RECEIPT_NAMESPACE = '6f1c2a4e-9b3d-5e7f-8a1b-2c3d4e5f6a7b';

/**
 * The scanId of a run remnant's receipt, derived from run and label (UUID v5), so receiving a label twice, by any
 * path, replays the first receipt in the ledger.
 */
export function remnantReceiptScanId(runId: string, label: string): string {
  return uuidV5(RECEIPT_NAMESPACE, `${runId}/${label}`);
}

export function uuidV5(namespaceUuid: string, name: string): string {
  const namespace = Buffer.from(namespaceUuid.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
