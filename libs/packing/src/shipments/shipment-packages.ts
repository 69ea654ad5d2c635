import type { FulfilmentPackage } from '@mendao/splitting';
import { type Gs1Settings, printedBarcode } from '../domain/barcode';
import type { MissingPackage } from '../packing.entities';
import type { PackageState } from './shipments.repository';

/** A package as every packing answer shows it (contract §7, PackageView). */
export interface PackageView {
  code: string;
  barcode: string;
  kind: string;
  k: number;
  n: number;
  order: FulfilmentPackage['order'];
  line: FulfilmentPackage['line'];
  doorNo: number;
  door: { lineNo: number; doorNo: number; k: number; n: number };
  contents: FulfilmentPackage['contents'];
  status: 'created' | 'packed' | 'loaded';
  packedAt?: string;
  packedBy?: string | null;
  station?: string | null;
  loadedAt?: string;
  shipment?: { id: string; number: string };
}

/** The view of a package with its packing state (`unpacked`, after an undo, reads as created: not packed). */
export function packageView(
  pkg: FulfilmentPackage,
  state: PackageState | null,
  gs1: Gs1Settings | null,
  shipment?: { id: string; number: string },
): PackageView {
  const view: PackageView = {
    code: pkg.code,
    barcode: printedBarcode(pkg.code, gs1),
    kind: pkg.kind,
    k: pkg.k,
    n: pkg.n,
    order: pkg.order,
    line: pkg.line,
    doorNo: pkg.doorNo,
    door: { lineNo: pkg.line.lineNo, doorNo: pkg.doorNo, k: pkg.k, n: pkg.n },
    contents: pkg.contents,
    status: state === null || state.status === 'unpacked' ? 'created' : state.status,
  };
  if (view.status === 'created' || state === null) return view;
  Object.assign(view, {
    packedAt: state.packedAt.toISOString(),
    packedBy: state.packedBy,
    station: state.station,
  });
  if (state.status === 'loaded' && state.loadedAt) {
    view.loadedAt = state.loadedAt.toISOString();
    if (shipment && state.shipmentId === shipment.id) view.shipment = shipment;
  }
  return view;
}

/** A package not loaded, as the close refusal and the manifest list it. */
export function missingOf(pkg: FulfilmentPackage, gs1: Gs1Settings | null): MissingPackage {
  return {
    code: pkg.code,
    barcode: printedBarcode(pkg.code, gs1),
    orderNo: pkg.order.orderNo,
    lineNo: pkg.line.lineNo,
    doorNo: pkg.doorNo,
    k: pkg.k,
    n: pkg.n,
  };
}
