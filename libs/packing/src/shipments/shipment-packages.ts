import type { FulfilmentPackage } from '@mendao/splitting';
import { type Gs1Settings, printedBarcode } from '../barcode';
import type { MissingPackage } from '../packing.entities';

/** A package not loaded, as the close refusal and the manifest list it. */
export function missingOf(pkg: FulfilmentPackage, gs1: Gs1Settings | null): MissingPackage {
  return {
    code: pkg.code,
    barcode: printedBarcode(pkg.code, gs1),
    orderId: pkg.order.id,
    orderNo: pkg.order.orderNo,
    lineNo: pkg.line.lineNo,
    doorNo: pkg.doorNo,
    k: pkg.k,
    n: pkg.n,
  };
}
