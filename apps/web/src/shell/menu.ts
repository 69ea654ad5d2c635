import type { Role } from '../auth/session';
import type { MessageKey } from '../i18n/catalogues';

export type { MessageKey };
export type Group = 'planner' | 'warehouse' | 'shopFloor' | 'packing' | 'admin';
export type Screen = {
  path: string;
  group: Group;
  label: MessageKey;
  /** roles that work on the screen */
  editors: readonly Role[];
  /** roles that may look only (the api lets them read, not change) */
  readers: readonly Role[];
};
export type MenuEntry = Screen & { readOnly: boolean };

const PLANNER = ['planner', 'admin'] as const;
const WAREHOUSE = ['warehouse', 'admin'] as const;
const MANAGER = ['manager'] as const;
// the stores read a run's materials, cut plans, cut patterns and exports to pick and cut for it (GET /split-runs/…)
const RUN_READERS = ['manager', 'warehouse'] as const;
// planners read what to buy for their runs (GET /purchasing/…), and make a run's pick list (POST /stock/pick-lists)
const PURCHASING_READERS = ['manager', 'planner'] as const;
const PICK_LIST_EDITORS = ['warehouse', 'planner', 'admin'] as const;
// the shop floor: operators report at stations, planners release and follow work orders, managers run the machines
const OPERATOR = ['operator', 'admin'] as const;
const EQUIPMENT_EDITORS = ['manager', 'admin'] as const;
// packing and loading: packers scan; planners plan shipments with them; managers (supervisors) undo and override
const PACKER = ['packer', 'admin'] as const;
// the supervisor loads at the dock too, to close a shipment short with an override (POST /shipments/{id}/scans)
const LOADERS = ['packer', 'manager', 'admin'] as const;
const SHIPMENT_EDITORS = ['packer', 'planner', 'manager', 'admin'] as const;

/** Every screen of the app, in menu order. */
export const SCREENS: readonly Screen[] = [
  { path: '/planner/door-models', group: 'planner', label: 'nav.doorModels', editors: PLANNER, readers: MANAGER },
  { path: '/planner/materials', group: 'planner', label: 'nav.materials', editors: PLANNER, readers: MANAGER },
  { path: '/planner/processes', group: 'planner', label: 'nav.processes', editors: PLANNER, readers: MANAGER },
  { path: '/planner/orders', group: 'planner', label: 'nav.orders', editors: PLANNER, readers: MANAGER },
  { path: '/planner/split-runs', group: 'planner', label: 'nav.splitRuns', editors: PLANNER, readers: RUN_READERS },
  { path: '/warehouse/scan', group: 'warehouse', label: 'nav.scan', editors: WAREHOUSE, readers: [] },
  { path: '/warehouse/balances', group: 'warehouse', label: 'nav.balances', editors: WAREHOUSE, readers: MANAGER },
  { path: '/warehouse/ledger', group: 'warehouse', label: 'nav.ledger', editors: WAREHOUSE, readers: MANAGER },
  { path: '/warehouse/items', group: 'warehouse', label: 'nav.items', editors: WAREHOUSE, readers: MANAGER },
  { path: '/warehouse/locations', group: 'warehouse', label: 'nav.locations', editors: WAREHOUSE, readers: MANAGER },
  { path: '/warehouse/counts', group: 'warehouse', label: 'nav.counts', editors: WAREHOUSE, readers: MANAGER },
  {
    path: '/warehouse/pick-lists',
    group: 'warehouse',
    label: 'nav.pickLists',
    editors: PICK_LIST_EDITORS,
    readers: MANAGER,
  },
  { path: '/warehouse/remnants', group: 'warehouse', label: 'nav.remnants', editors: WAREHOUSE, readers: MANAGER },
  { path: '/warehouse/value', group: 'warehouse', label: 'nav.stockValue', editors: WAREHOUSE, readers: MANAGER },
  {
    path: '/warehouse/purchasing',
    group: 'warehouse',
    label: 'nav.purchasing',
    editors: WAREHOUSE,
    readers: PURCHASING_READERS,
  },
  { path: '/shop-floor/station', group: 'shopFloor', label: 'nav.station', editors: OPERATOR, readers: [] },
  {
    path: '/shop-floor/work-orders',
    group: 'shopFloor',
    label: 'nav.workOrders',
    editors: PLANNER,
    readers: ['manager', 'operator'],
  },
  {
    path: '/shop-floor/dashboard',
    group: 'shopFloor',
    label: 'nav.dashboard',
    editors: EQUIPMENT_EDITORS,
    readers: ['planner'],
  },
  {
    path: '/shop-floor/machines',
    group: 'shopFloor',
    label: 'nav.machines',
    editors: EQUIPMENT_EDITORS,
    readers: ['planner', 'operator'],
  },
  { path: '/packing/station', group: 'packing', label: 'nav.packingStation', editors: PACKER, readers: [] },
  { path: '/packing/loading', group: 'packing', label: 'nav.loading', editors: LOADERS, readers: [] },
  {
    path: '/packing/shipments',
    group: 'packing',
    label: 'nav.shipments',
    editors: SHIPMENT_EDITORS,
    readers: MANAGER,
  },
  {
    path: '/packing/settings',
    group: 'packing',
    label: 'nav.packingSettings',
    editors: EQUIPMENT_EDITORS,
    readers: ['packer'],
  },
  { path: '/admin/users', group: 'admin', label: 'nav.users', editors: ['admin'], readers: [] },
  { path: '/admin/audit', group: 'admin', label: 'nav.audit', editors: ['admin'], readers: MANAGER },
];

/** The screen a path belongs to (its own path or one below it: `/planner/orders/42`). */
export function screenOf(pathname: string): Screen | undefined {
  return SCREENS.find((screen) => pathname === screen.path || pathname.startsWith(`${screen.path}/`));
}

/** The screens a user with these roles may open; read-only when only a reader role lets them in. */
export function menuFor(roles: readonly Role[]): MenuEntry[] {
  return SCREENS.flatMap((screen): MenuEntry[] => {
    if (roles.some((role) => screen.editors.includes(role))) return [{ ...screen, readOnly: false }];
    if (roles.some((role) => screen.readers.includes(role))) return [{ ...screen, readOnly: true }];
    return [];
  });
}

/** Whether these roles may issue stock at the scan station (a pick list's editor who is a planner may not). */
export function canScan(roles: readonly Role[]): boolean {
  return menuFor(roles).some((entry) => entry.path === '/warehouse/scan' && !entry.readOnly);
}
