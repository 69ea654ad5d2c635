import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import { canScan, menuFor, screenOf, SCREENS } from './menu';

const paths = (entries: { path: string }[]) => entries.map((e) => e.path);

describe(menuFor.name, () => {
  it('gives the planner the planner desk, the pick lists they make for their runs and the purchase suggestions to read', () => {
    const menu = menuFor(['planner']);
    expect(paths(menu)).toEqual([
      '/planner/door-models',
      '/planner/materials',
      '/planner/processes',
      '/planner/orders',
      '/planner/split-runs',
      '/warehouse/pick-lists',
      '/warehouse/purchasing',
      '/shop-floor/work-orders',
      '/shop-floor/dashboard',
      '/shop-floor/machines',
      '/packing/shipments',
    ]);
    // releasing a split run's work orders is the planner's; the machines and their efficiency are the manager's
    expect(menu.find((e) => e.path === '/shop-floor/work-orders')?.readOnly).toBe(false);
    expect(menu.find((e) => e.path === '/shop-floor/dashboard')?.readOnly).toBe(true);
    // POST /stock/pick-lists is the planner's too; GET /purchasing/… only reads
    expect(menu.find((e) => e.path === '/warehouse/pick-lists')?.readOnly).toBe(false);
    expect(menu.find((e) => e.path === '/warehouse/purchasing')?.readOnly).toBe(true);
    expect(menu.filter((e) => e.group === 'planner').every((e) => !e.readOnly)).toBe(true);
    // the planner plans shipments with the packers (POST /shipments)
    expect(menu.find((e) => e.path === '/packing/shipments')?.readOnly).toBe(false);
  });

  it('lets the planner make pick lists but not issue them at the scan station', () => {
    expect(canScan(['planner'])).toBe(false);
    expect(canScan(['warehouse'])).toBe(true);
    expect(canScan(['manager'])).toBe(false);
  });

  it('gives the warehouse the stores, and the split runs to read (no new run, no re-split)', () => {
    const menu = menuFor(['warehouse']);
    expect(menu.find((e) => e.path === '/planner/split-runs')?.readOnly).toBe(true);
    expect(menu.filter((e) => e.group === 'warehouse').every((e) => !e.readOnly)).toBe(true);
    expect(paths(menu)).toEqual([
      '/planner/split-runs',
      '/warehouse/scan',
      '/warehouse/balances',
      '/warehouse/ledger',
      '/warehouse/items',
      '/warehouse/locations',
      '/warehouse/counts',
      '/warehouse/pick-lists',
      '/warehouse/remnants',
      '/warehouse/value',
      '/warehouse/purchasing',
    ]);
  });

  it('gives the admin every screen, none read-only', () => {
    const menu = menuFor(['admin']);
    expect(paths(menu)).toEqual(paths([...SCREENS]));
    expect(menu.every((e) => !e.readOnly)).toBe(true);
  });

  it('gives the manager a read-only subset without the scan station and users, and the machines and pack stations to run', () => {
    const menu = menuFor(['manager']);
    const editable = menu.filter((e) => !e.readOnly);
    expect(paths(editable)).toEqual([
      '/shop-floor/dashboard',
      '/shop-floor/machines',
      '/packing/loading',
      '/packing/shipments',
      '/packing/settings',
    ]);
    // the supervisor plans shipments and loads at the dock (to close one short with an override), but does not pack
    expect(menu.find((e) => e.path === '/packing/shipments')?.readOnly).toBe(false);
    expect(menu.find((e) => e.path === '/packing/loading')?.readOnly).toBe(false);
    expect(paths(menu)).not.toContain('/packing/station');
    expect(paths(menu)).not.toContain('/warehouse/scan');
    expect(paths(menu)).toContain('/warehouse/counts');
    expect(paths(menu)).not.toContain('/admin/users');
    expect(paths(menu)).toContain('/planner/orders');
    expect(paths(menu)).toContain('/admin/audit');
  });

  it('gives the operator the station, and the work orders and machines to read', () => {
    const menu = menuFor(['operator']);
    expect(paths(menu)).toEqual(['/shop-floor/station', '/shop-floor/work-orders', '/shop-floor/machines']);
    expect(menu.filter((e) => !e.readOnly).map((e) => e.path)).toEqual(['/shop-floor/station']);
    expect(canScan(['operator'])).toBe(false);
  });

  it('finds the screen of a path below it, and not of a path that only starts alike', () => {
    expect(screenOf('/planner/orders/0b6c')?.path).toBe('/planner/orders');
    expect(screenOf('/planner/orders')?.path).toBe('/planner/orders');
    expect(screenOf('/planner/ordersx')).toBeUndefined();
  });

  it('lets an editor role win over a reader role', () => {
    const orders = menuFor(['manager', 'planner']).find((e) => e.path === '/planner/orders');
    expect(orders?.readOnly).toBe(false);
  });

  it('gives the packer the packing and loading stations, the shipments, and the pack stations and barcodes to read', () => {
    const menu = menuFor(['packer']);
    expect(paths(menu)).toEqual(['/packing/station', '/packing/loading', '/packing/shipments', '/packing/settings']);
    expect(paths(menu.filter((e) => e.readOnly))).toEqual(['/packing/settings']);
    expect(canScan(['packer'])).toBe(false);
  });

  it('shows nothing to a user without roles', () => {
    expect(menuFor([])).toEqual([]);
  });

  it('labels each screen in both languages', () => {
    for (const screen of SCREENS) {
      expect(CATALOGUES['zh-CN'][screen.label]).toBeTruthy();
      expect(CATALOGUES.en[screen.label]).toBeTruthy();
    }
  });
});
