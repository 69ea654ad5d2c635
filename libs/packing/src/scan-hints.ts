import { Injectable } from '@nestjs/common';
import { TenancyContext } from '@mendao/platform';

/** Entries an api process keeps per map: past it, the map starts over (hints only, see ScanHints). */
const HINTS_KEPT = 100_000;

/**
 * What this api process has heard of its own scans' answers, to send a scan that will almost surely not be the plain
 * case straight to the single path: a package it packed or loaded already (a duplicate), a package of another order
 * than the one open at the station, or than those loaded on the truck so far (a wrong order). Through a batch, such a
 * scan would wait for it only to be handed on, and under load it was one of the slowest scans. Only the route
 * depends on a hint: one out of date (an undo, another api process, a shipment's second order) costs that scan a
 * batch or a wait it could have had, never a wrong answer, since either path decides every scan in full.
 */
@Injectable()
export class ScanHints {
  /** `factory:kind:code` of packages this process packed or loaded. */
  private readonly done = new Map<string, true>();
  /** `factory:station`: the order open at the station in its last answer (null: none). */
  private readonly openOrders = new Map<string, string | null>();
  /** `factory:shipment`: the orders of the packages loaded on it so far. */
  private readonly loadedOrders = new Map<string, Set<string>>();

  constructor(private readonly tenancy: TenancyContext) {}

  /** Whether a pack scan of this package at this station is surely not a plain one. */
  packAlone(station: string, code: string, orderId: string): boolean {
    if (this.done.has(this.key('pack', code))) return true;
    const open = this.openOrders.get(this.key(station));
    return open !== undefined && open !== null && open !== orderId;
  }

  /** Whether a load scan of this package into this shipment is surely not a plain one. */
  loadAlone(shipmentId: string, code: string, orderId: string): boolean {
    if (this.done.has(this.key('load', code))) return true;
    const orders = this.loadedOrders.get(this.key(shipmentId));
    return orders !== undefined && !orders.has(orderId);
  }

  /** A pack scan's answer: its package packed, and the station's open order. */
  heardPack(station: string, code: string, answer: Record<string, unknown>): void {
    if (answer.result === 'ok') keep(this.done, this.key('pack', code), true);
    const open = (answer.station as { openOrder?: { id: string } | null } | undefined)?.openOrder;
    if (open !== undefined) keep(this.openOrders, this.key(station), open?.id ?? null);
  }

  /** A load scan's answer: its package loaded, and its order one of the shipment's. */
  heardLoad(shipmentId: string, code: string, orderId: string, answer: Record<string, unknown>): void {
    if (answer.result !== 'ok') return;
    keep(this.done, this.key('load', code), true);
    const key = this.key(shipmentId);
    const orders = this.loadedOrders.get(key);
    if (orders) orders.add(orderId);
    else keep(this.loadedOrders, key, new Set([orderId]));
  }

  private key(...parts: string[]): string {
    return [this.tenancy.factoryId(), ...parts].join(':');
  }
}

function keep<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= HINTS_KEPT && !map.has(key)) map.clear();
  map.set(key, value);
}
