import type { PartSpec } from './explode';
import { PACKAGE_GROUPS, type PackageGroup } from './product';
import type { SplitLine } from './split-plan';

export interface PlannedPackage {
  orderId: string;
  lineId: string;
  doorNo: number;
  k: number;
  n: number;
  group: PackageGroup;
  barcode: string;
  contents: { component: string; quantity: number }[];
}

/** Each door of the line ships as one package per package group its parts use: k of n. */
export function packagesOf(line: SplitLine, specs: PartSpec[]): PlannedPackage[] {
  const groups = PACKAGE_GROUPS.filter((g) => specs.some((s) => s.packageGroup === g));
  const packages: PlannedPackage[] = [];
  for (let door = 1; door <= line.door.quantity; door += 1) {
    groups.forEach((group, index) => {
      packages.push({
        orderId: line.orderId,
        lineId: line.lineId,
        doorNo: door,
        k: index + 1,
        n: groups.length,
        group,
        barcode: `${line.orderNo}-${line.lineNo}-${door}-${index + 1}`,
        contents: specs
          .filter((s) => s.packageGroup === group)
          .map((s) => ({ component: s.component, quantity: s.perDoor })),
      });
    });
  }
  return packages;
}
