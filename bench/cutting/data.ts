import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LinearInstance {
  name: string;
  set: string;
  capacity: number;
  /** [length, demand] */
  items: [number, number][];
  optimum: number;
  /** Bars used by FFD according to optima.csv (a cross-check of the bench's own FFD). */
  csvFfd?: number;
}

export interface SheetInstance {
  name: string;
  /** Class01..Class10, from the CLASSxx name prefix. */
  cls: string;
  bin: { w: number; h: number };
  /** [width, height, demand] */
  items: [number, number, number][];
  oriented: BestKnown;
  rotation: BestKnown;
}

export interface BestKnown {
  value: number;
  lowerBound: number;
}

export const ORIENTED_VARIANT = 'oriented_3stage_nonexact_hfirst';
export const ROTATION_VARIANT = 'rotation_3stage_nonexact_hfirst';

export function parseJsonl(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Plain CSV with a header row; fields may be double-quoted. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(splitCsvLine);
  return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

export function loadLinearInstances(dataDir: string): LinearInstance[] {
  const optima = new Map(parseCsv(readFileSync(join(dataDir, 'oned/optima.csv'), 'utf8')).map((r) => [r.instance, r]));
  return parseJsonl(readFileSync(join(dataDir, 'oned/instances.jsonl'), 'utf8')).map((raw) => {
    const line = raw as { name: string; set: string; capacity: number; items: [number, number][]; optimum: number };
    const row = optima.get(line.name);
    return {
      name: line.name,
      set: line.set,
      capacity: line.capacity,
      items: line.items,
      optimum: row ? Number(row.optimum) : line.optimum,
      csvFfd: row?.ffd ? Number(row.ffd) : undefined,
    };
  });
}

export function loadSheetInstances(dataDir: string): SheetInstance[] {
  const optima = new Map<string, BestKnown>();
  for (const row of parseCsv(readFileSync(join(dataDir, 'twod/optima.csv'), 'utf8'))) {
    optima.set(`${row.instance}|${row.variant}`, { value: Number(row.optimum), lowerBound: Number(row.lower_bound) });
  }
  const lines = parseJsonl(readFileSync(join(dataDir, 'twod/instances.jsonl'), 'utf8')) as {
    name: string;
    problem: string;
    bin: { w: number; h: number };
    items: [number, number, number][];
  }[];
  return lines
    .filter((line) => line.problem === 'bin_packing' && /^CLASS\d\d_/.test(line.name))
    .map((line) => ({
      name: line.name,
      cls: `Class${line.name.slice(5, 7)}`,
      bin: line.bin,
      items: line.items,
      oriented: requireBestKnown(optima, line.name, ORIENTED_VARIANT),
      rotation: requireBestKnown(optima, line.name, ROTATION_VARIANT),
    }));
}

function requireBestKnown(optima: Map<string, BestKnown>, name: string, variant: string): BestKnown {
  const known = optima.get(`${name}|${variant}`);
  if (!known) throw new Error(`twod/optima.csv has no row for ${name} ${variant}`);
  return known;
}
