import type { INestApplicationContext } from '@nestjs/common';
import { createTestDatabase, ManualClock, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { CalendarService } from './calendar.service';
import { MachineEventsService } from './machine-events.service';
import { MachinesService } from './machines.service';
import { OeeRollups } from './oee/oee-rollups.service';
import { equipmentFactory, startEquipmentContext } from './testing/equipment-context';

const NOW = Date.UTC(2026, 10, 30, 2, 0, 0);
const DAY = 86_400_000;

/** A calendar or cycle-time change recomputes the OEE rollups of exactly the time it changes. */
describe(CalendarService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let calendar: CalendarService;
  let as: <T>(work: () => Promise<T>) => Promise<T>;
  let factoryId: string;
  let refreshFactory: jest.SpyInstance;
  let refresh: jest.SpyInstance;
  const spans = (spy: jest.SpyInstance, from = 1) =>
    spy.mock.calls.map((call: unknown[]) => [
      (call[from] as Date).toISOString(),
      (call[from + 1] as Date).toISOString(),
    ]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startEquipmentContext(testRuntime(db.url), new ManualClock(NOW));
    calendar = app.get(CalendarService);
    ({ as, factoryId } = await equipmentFactory(app, 'EQ-CAL'));
    refreshFactory = jest.spyOn(app.get(OeeRollups), 'refreshFactory');
    refresh = jest.spyOn(app.get(OeeRollups), 'refresh');
  });

  beforeEach(() => {
    refreshFactory.mockClear();
    refresh.mockClear();
  });

  afterAll(async () => {
    refreshFactory?.mockRestore();
    refresh?.mockRestore();
    await app?.close();
    await db?.drop();
  });

  it('a holiday: its day, widened for the shifts that end the next day and for any time zone', async () => {
    await as(() => calendar.addHoliday({ day: '2026-11-18', name: '厂休' }));
    await as(() => calendar.removeHoliday('2026-11-18'));
    const span = ['2026-11-17T00:00:00.000Z', '2026-11-20T00:00:00.000Z'];
    expect(spans(refreshFactory)).toEqual([span, span]);
    expect(refreshFactory.mock.calls.every((call: unknown[]) => call[0] === factoryId)).toBe(true);
  });

  it('planned maintenance: its own span, added and removed', async () => {
    const added = await as(() =>
      calendar.addMaintenance({ from: '2026-11-20T00:00:00Z', to: '2026-11-20T04:00:00Z', reason: '保养' }),
    );
    await as(() => calendar.removeMaintenance(added.id));
    const span = ['2026-11-20T00:00:00.000Z', '2026-11-20T04:00:00.000Z'];
    expect(spans(refreshFactory)).toEqual([span, span]);
  });

  it('a shift: nothing while there are no events, then everything from the first event on', async () => {
    const shift = { code: 'day', name: '白班', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' };
    await as(() => calendar.createShift(shift));
    expect(refreshFactory).not.toHaveBeenCalled();
    await as(() =>
      app
        .get(MachinesService)
        .create({ code: 'M1', name: 'm', process: 'cnc', countUnit: 'part', idealCycleSeconds: 60 }),
    );
    const first = new Date(NOW - 10 * DAY).toISOString();
    await as(() =>
      app.get(MachineEventsService).ingest([{ machine: 'M1', states: [{ at: first, state: 'running' }] }], 'http'),
    );
    await as(() => calendar.updateShift('day', { end: '17:30' }));
    expect(spans(refreshFactory)).toEqual([[first, new Date(NOW + 5 * 60_000).toISOString()]]);
  });

  it("a machine's new ideal cycle from a past instant: that machine, from then to now", async () => {
    const from = new Date(NOW - 2 * DAY).toISOString();
    await as(() => app.get(MachinesService).update('M1', { idealCycleSeconds: 50, effectiveFrom: from }));
    expect(spans(refresh, 3)).toEqual([[from, new Date(NOW).toISOString()]]);
    refresh.mockClear();
    // from a future instant: nothing measured yet changes
    await as(() =>
      app
        .get(MachinesService)
        .update('M1', { idealCycleSeconds: 45, effectiveFrom: new Date(NOW + DAY).toISOString() }),
    );
    expect(refresh).not.toHaveBeenCalled();
  });
});
