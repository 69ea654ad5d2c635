import type { PartSpec } from './explode';
import type { HandingCode } from './handing';
import { PACKAGE_GROUPS, type DoorType, type PackageGroup } from './product';
import type { SplitLine } from './split-plan';

/** A line of what the packer puts in a package, in the packer's words (门扇 ×1, 门套线 ×6 根, 五金包 ×1). */
export interface PackageContent {
  item: string;
  itemEn: string;
  quantity: number;
  unit: string;
}

/**
 * A package as the plan makes it. Its code (the label's barcode) is not the plan's: the run's save allocates one
 * from the factory's serial (see SplitRunsRepository.replaceResults), in the order the plan lists the packages.
 */
export interface PlannedPackage {
  orderId: string;
  lineId: string;
  doorNo: number;
  k: number;
  n: number;
  group: PackageGroup;
  /** The leaf a leaf package holds (1 = the master leaf of a 子母门); null for other packages. */
  leafNo: number | null;
  handing: HandingCode | null;
  contents: PackageContent[];
  /** The parts inside, for tracing: component and pieces. */
  parts: { component: string; quantity: number }[];
}

/** The facts of a door that decide its packages. */
export interface DoorFacts {
  doorType: DoorType;
  leaves: number;
}

const WORDS: Record<
  Exclude<PackageGroup, 'none'>,
  { item: string; itemEn: string; unit: string; count: 'one' | 'pieces' }
> = {
  leaf: { item: '门扇', itemEn: 'door leaf', unit: '扇', count: 'one' },
  frame: { item: '门套', itemEn: 'door frame set', unit: '套', count: 'one' },
  casing: { item: '门套线', itemEn: 'casing', unit: '根', count: 'pieces' },
  hardware: { item: '五金包', itemEn: 'hardware kit', unit: '包', count: 'one' },
  glass: { item: '玻璃', itemEn: 'glass', unit: '片', count: 'pieces' },
};

/**
 * Each door of the line ships as one package per group its parts use, and a door of several leaves as one
 * package per leaf (a pair or a 子母门 never ships two leaves in one box): k of n. Parts consumed in production
 * (group `none`) ship in none. A rule's `leaf` says whose parts are whose; in a model that assigns none, each
 * leaf takes an even share.
 */
export function packagesOf(line: SplitLine, specs: PartSpec[], door: DoorFacts): PlannedPackage[] {
  const boxes: { group: Exclude<PackageGroup, 'none'>; leafNo: number | null; parts: PlannedPackage['parts'] }[] = [];
  for (const group of PACKAGE_GROUPS) {
    if (group === 'none') continue;
    const inGroup = specs.filter((s) => s.packageGroup === group);
    if (inGroup.length === 0) continue;
    if (group !== 'leaf' || door.leaves <= 1) {
      boxes.push({ group, leafNo: null, parts: inGroup.map((s) => ({ component: s.component, quantity: s.perDoor })) });
      continue;
    }
    const assigned = inGroup.some((s) => s.leaf !== null);
    for (let leaf = 1; leaf <= door.leaves; leaf += 1) {
      const parts = inGroup.flatMap((s) => {
        const mode = s.leaf ?? (assigned ? 'master' : 'each');
        const quantity =
          mode === 'each'
            ? evenShare(s.perDoor, door.leaves, leaf)
            : (mode === 'master' && leaf === 1) || (mode === 'slave' && leaf === 2)
              ? s.perDoor
              : 0;
        return quantity > 0 ? [{ component: s.component, quantity }] : [];
      });
      if (parts.length > 0) boxes.push({ group, leafNo: leaf, parts });
    }
  }
  const packages: PlannedPackage[] = [];
  for (let doorNo = 1; doorNo <= line.door.quantity; doorNo += 1) {
    boxes.forEach((box, index) => {
      packages.push({
        orderId: line.orderId,
        lineId: line.lineId,
        doorNo,
        k: index + 1,
        n: boxes.length,
        group: box.group,
        leafNo: box.leafNo,
        handing: line.door.handing ?? null,
        contents: [content(box.group, box.leafNo, box.parts, door)],
        parts: box.parts,
      });
    });
  }
  return packages;
}

/** Leaf `leaf`'s share of `pieces` spread over `leaves`: even, the first leaves taking any remainder. */
function evenShare(pieces: number, leaves: number, leaf: number): number {
  const base = Math.floor(pieces / leaves);
  return base + (leaf <= pieces % leaves ? 1 : 0);
}

function content(
  group: Exclude<PackageGroup, 'none'>,
  leafNo: number | null,
  parts: PlannedPackage['parts'],
  door: DoorFacts,
): PackageContent {
  const words = WORDS[group];
  const quantity = words.count === 'one' ? 1 : parts.reduce((sum, p) => sum + p.quantity, 0);
  if (group === 'leaf' && leafNo !== null && door.doorType === 'unequal_pair') {
    return leafNo === 1
      ? { item: '母门扇', itemEn: 'master leaf', quantity, unit: words.unit }
      : { item: '子门扇', itemEn: 'slave leaf', quantity, unit: words.unit };
  }
  return { item: words.item, itemEn: words.itemEn, quantity, unit: words.unit };
}
