import type { Random } from '../random';
import { type Bin, cloneBin, refreshBin } from './model';

/** Bins saved before their first change in one move, so that a rejected move can be undone. */
export class BinJournal {
  private readonly saved = new Map<number, Bin>();

  constructor(private readonly bins: Bin[]) {}

  touch(index: number): void {
    if (!this.saved.has(index)) this.saved.set(index, cloneBin(this.bins[index]));
  }

  undo(): void {
    for (const [index, bin] of this.saved) this.bins[index] = bin;
    this.saved.clear();
  }

  forget(): void {
    this.saved.clear();
  }
}

function pickNonEmpty(bins: Bin[], random: Random): number {
  const start = random.int(bins.length);
  for (let k = 0; k < bins.length; k += 1) {
    const b = (start + k) % bins.length;
    if (bins[b].strips.length > 0) return b;
  }
  return -1;
}

function takeStrip(bin: Bin, random: Random, removed: number[]): void {
  const [strip] = bin.strips.splice(random.int(bin.strips.length), 1);
  for (const stack of strip.stacks) for (const part of stack.parts) removed.push(part.piece);
}

function takeStack(bin: Bin, random: Random, removed: number[]): void {
  const strip = bin.strips[random.int(bin.strips.length)];
  const stack = strip.stacks[random.int(strip.stacks.length)];
  for (const part of stack.parts) removed.push(part.piece);
  stack.parts = [];
  refreshBin(bin);
}

function takePart(bin: Bin, random: Random, removed: number[]): void {
  const strip = bin.strips[random.int(bin.strips.length)];
  const stack = strip.stacks[random.int(strip.stacks.length)];
  const [part] = stack.parts.splice(random.int(stack.parts.length), 1);
  removed.push(part.piece);
  refreshBin(bin);
}

/** Empties a bin, or removes a random strip, a few stacks or a few parts from one or two bins; returns the removed pieces. */
export function ruinBins(bins: Bin[], journal: BinJournal, random: Random): number[] {
  const removed: number[] = [];
  const binCount = random.next() < 0.25 ? 2 : 1;
  for (let n = 0; n < binCount; n += 1) {
    const b = pickNonEmpty(bins, random);
    if (b < 0) break;
    journal.touch(b);
    const bin = bins[b];
    const mode = random.next();
    if (mode < (bins.length <= 4 ? 0.2 : 0.05)) {
      while (bin.strips.length > 0) takeStrip(bin, random, removed);
      refreshBin(bin);
    } else if (mode < 0.35) {
      takeStrip(bin, random, removed);
      refreshBin(bin);
    } else if (mode < 0.7) {
      const count = 1 + random.int(3);
      for (let k = 0; k < count && bin.strips.length > 0; k += 1) takeStack(bin, random, removed);
    } else {
      const count = 1 + random.int(bins.length <= 4 ? 10 : 4);
      for (let k = 0; k < count && bin.strips.length > 0; k += 1) takePart(bin, random, removed);
    }
  }
  return removed;
}
