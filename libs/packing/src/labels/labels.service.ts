import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '@mendao/platform';
import {
  type FulfilmentOrder,
  type FulfilmentPackage,
  HANDING_LABELS,
  type HandingCode,
  OrderFulfilmentService,
  type OrderStatus,
  SplitRunsService,
} from '@mendao/splitting';
import { type Gs1Settings, printedBarcode, readPackageBarcode } from '../barcode';
import { PACKING_ERRORS } from '../packing.errors';
import { PackingSettingsService } from '../settings.service';
import { labelsTooMany, type PackageLabel } from './label-layout';

/** Orders whose packages are final: released to production, packed or shipped (never re-split again). */
const RELEASED: OrderStatus[] = ['in_production', 'packed', 'shipped'];

/**
 * The labels of a split run, an order or a selection of packages, in door order (order, line, door, k). Printed
 * from release on only, as travelers are: before it, a re-split may still replace the run's packages and their
 * codes, and a label already on a box would then scan as unknown.
 */
@Injectable()
export class LabelsService {
  constructor(
    private readonly runs: SplitRunsService,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly settings: PackingSettingsService,
  ) {}

  /** Every package of a released run (404 unknown run; 409 not succeeded, not released or superseded). */
  async ofRun(id: string): Promise<PackageLabel[]> {
    const run = await this.runs.get(await this.runs.requireRun(id, 'id'));
    if (run.status !== 'succeeded') throw notReleased(run.status, []);
    const orders = await this.fulfilment.ordersByKey(run.orderIds);
    const replaced = orders.filter((o) => o.lastSplitRunId !== run.id);
    if (replaced.length > 0) {
      throw new DomainError(
        PACKING_ERRORS['packing.labels_superseded'],
        'a later split of its orders replaced this run and its packages: print the later run / 该拆单已被重新拆单取代，请打印新的拆单',
        {
          splitRun: run.id,
          orders: replaced.map((o) => ({ order: o.orderNo, lastSplitRun: o.lastSplitRunId })),
        },
      );
    }
    assertReleased(orders);
    await this.assertNotTooMany(run.orderIds);
    return this.labels(await this.fulfilment.packagesOfOrders(run.orderIds));
  }

  /** Every package of an order's last split run, once released (404 unknown order; 409 not released). */
  async ofOrder(key: string): Promise<{ orderNo: string; labels: PackageLabel[] }> {
    const [order] = await this.fulfilment.ordersByKey([key]);
    if (!order) throw new NotFoundError('order', key, 'order');
    assertReleased([order]);
    await this.assertNotTooMany([order.id]);
    return { orderNo: order.orderNo, labels: await this.labels(await this.fulfilment.packagesOfOrders([order.id])) };
  }

  /**
   * The packages these codes name (as printed or scanned: internal codes in any case, SSCCs), each once, in door
   * order. 404 lists every code that names no package of the factory's orders; 409 when one's order is not released.
   */
  async ofCodes(codes: string[]): Promise<PackageLabel[]> {
    const gs1 = await this.settings.gs1();
    const read = codes.map((raw) => {
      const scanned = readPackageBarcode(raw, gs1);
      return scanned.ok ? scanned.code : null;
    });
    const found = await this.packagesOf(read.flatMap((code) => (code === null ? [] : [code])));
    const unknown = codes.flatMap((raw, i) => (read[i] !== null && found.has(read[i]) ? [] : [{ raw, i }]));
    if (unknown.length > 0) {
      throw new DomainError(
        PACKING_ERRORS['packing.labels_unknown_codes'],
        `${unknown.length} of the codes name no package of this factory / ${unknown.length} 个包装码不存在`,
        { codes: unknown.map((u) => u.raw) },
        unknown.map((u) => ({ field: `codes[${u.i}]`, message: `no package ${u.raw} in this factory` })),
      );
    }
    const wanted = new Set(read as string[]);
    const packages = [...found.values()].filter((p) => wanted.has(p.code));
    assertReleased(await this.fulfilment.ordersByKey([...new Set(packages.map((p) => p.order.id))]));
    return this.toLabels(packages, gs1);
  }

  /**
   * The packages with these codes and every other package of their orders, by code: one look-up per order rather
   * than per code (a selection is mostly a few orders' packages).
   */
  private async packagesOf(codes: string[]): Promise<Map<string, FulfilmentPackage>> {
    const found = new Map<string, FulfilmentPackage>();
    const orders = new Set<string>();
    for (const code of new Set(codes)) {
      if (found.has(code)) continue;
      const pkg = await this.fulfilment.packageByCode(code);
      if (!pkg || orders.has(pkg.order.id)) continue;
      orders.add(pkg.order.id);
      for (const p of await this.fulfilment.packagesOfOrders([pkg.order.id])) found.set(p.code, p);
    }
    return found;
  }

  /** 422 packing.labels_too_many, counted before a package is read. */
  private async assertNotTooMany(orderIds: string[]): Promise<void> {
    const counts = await this.fulfilment.expectedPackages(orderIds);
    const tooMany = labelsTooMany([...counts.values()].reduce((sum, n) => sum + n, 0));
    if (tooMany) {
      throw new DomainError(
        PACKING_ERRORS['packing.labels_too_many'],
        `${tooMany.labels} labels in one file; at most ${tooMany.max}: print order by order / 标签过多，请逐个订单打印`,
        tooMany,
      );
    }
  }

  private async labels(packages: FulfilmentPackage[]): Promise<PackageLabel[]> {
    return this.toLabels(packages, await this.settings.gs1());
  }

  /** In door order: order number, line, door, k. */
  private toLabels(packages: FulfilmentPackage[], gs1: Gs1Settings | null): PackageLabel[] {
    const sorted = [...packages].sort(
      (a, b) =>
        a.order.orderNo.localeCompare(b.order.orderNo) ||
        a.line.lineNo - b.line.lineNo ||
        a.doorNo - b.doorNo ||
        a.k - b.k,
    );
    return sorted.map((p) => labelOf(p, gs1));
  }
}

function assertReleased(orders: FulfilmentOrder[]): void {
  const waiting = orders.filter((o) => !RELEASED.includes(o.status));
  if (waiting.length > 0)
    throw notReleased(
      waiting[0].status,
      waiting.map((o) => o.orderNo),
    );
}

function notReleased(status: string, orders: string[]): DomainError {
  return new DomainError(
    PACKING_ERRORS['packing.labels_not_released'],
    'labels are printed once the split run is released: its package codes are final then / 拆单下达后才能打印包装标签',
    { status, action: 'print', orders },
  );
}

export function labelOf(p: FulfilmentPackage, gs1: Gs1Settings | null): PackageLabel {
  // a line entered before handing was structured keeps the words it was written in
  const words = isHanding(p.line.handing) ? HANDING_LABELS[p.line.handing] : { zh: p.line.handing, en: '' };
  const handing = p.line.handing === 'none' ? null : words;
  return {
    code: p.code,
    barcode: printedBarcode(p.code, gs1),
    kind: p.kind,
    k: p.k,
    n: p.n,
    orderNo: p.order.orderNo,
    customer: p.order.customer,
    lineNo: p.line.lineNo,
    doorNo: p.doorNo,
    room: p.line.room,
    productCode: p.line.productCode,
    width: p.line.width,
    height: p.line.height,
    finish: p.line.finish,
    handing,
    contents: p.contents,
  };
}

function isHanding(text: string): text is HandingCode {
  return Object.hasOwn(HANDING_LABELS, text);
}
