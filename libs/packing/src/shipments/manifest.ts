import type { MissingPackage } from '../packing.entities';
import type { ShipmentOrderView, ShipmentSummary } from './shipments.service';

/** A package's contents in the packer's words (门扇 ×1, 门套线 ×6 根). */
export interface ContentLine {
  item: string;
  itemEn: string;
  quantity: number;
  unit: string;
}

export interface ManifestPackage {
  code: string;
  barcode: string;
  kind: string;
  lineNo: number;
  room: string | null;
  productCode: string;
  doorNo: number;
  k: number;
  n: number;
  contents: ContentLine[];
  loadedAt: string;
  loadedBy: string | null;
}

export interface ManifestOrder extends ShipmentOrderView {
  packages: ManifestPackage[];
}

/** What was loaded onto a truck, when and by whom, and what was missing: the manifest (装车清单), JSON or PDF. */
export interface ShipmentManifest {
  shipment: ShipmentSummary;
  orders: ManifestOrder[];
  missing: MissingPackage[];
  override: { reason: string; by: { id: string | null; username: string | null }; at: string } | null;
}

/** `2026-11-30 14:05` in the factory's time zone: what a driver and a customer read on paper. */
export function localTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** What a package holds, on one line: `门扇 ×1, 门套线 ×6根`. */
export function contentsText(contents: readonly ContentLine[]): string {
  return contents.map((c) => `${c.item} ×${c.quantity}${c.unit}`).join(', ');
}
