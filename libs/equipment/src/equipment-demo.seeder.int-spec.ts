import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { EquipmentDemoSeeder } from './equipment-demo.seeder';
import { MachinesService } from './machines.service';
import { OeeQueries } from './oee/oee-queries.service';
import { equipmentFactory, startEquipmentContext } from './testing/equipment-context';

describe(EquipmentDemoSeeder.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let as: <T>(work: () => Promise<T>) => Promise<T>;
  let factoryId: string;
  let seconds: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startEquipmentContext(testRuntime(db.url));
    ({ as, factoryId } = await equipmentFactory(app, 'EQ-DEMO'));
    const started = performance.now();
    await as(() => app.get(EquipmentDemoSeeder).seedDemo(factoryId));
    seconds = (performance.now() - started) / 1000;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('adds the demo equipment in well under the 15 s the embedded first start allows', () => {
    console.log(`equipment demo seed: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(15);
  });

  it('gives eight machines of a door plant a month of states and counts, each in a current state', async () => {
    const machines = await as(() => app.get(MachinesService).list());
    expect(machines.map((m) => m.code)).toEqual([
      'CNC-01',
      'EB-01',
      'PCK-01',
      'PNT-01',
      'PRS-01',
      'SAW-01',
      'SAW-02',
      'SND-01',
    ]);
    expect(machines.find((m) => m.code === 'EB-01')?.idealCycleSeconds).toBe(3.6);
    expect(machines.every((m) => m.state !== null)).toBe(true);
    const [row] = await app.get(DataSource).query<{ states: number; counts: number; days: number }[]>(
      `SELECT (SELECT count(*)::int FROM machine_state_event WHERE factory_id = $1) AS states,
              (SELECT count(*)::int FROM machine_count_event WHERE factory_id = $1) AS counts,
              (SELECT extract(day FROM max(at) - min(at))::int FROM machine_state_event WHERE factory_id = $1) AS days`,
      [factoryId],
    );
    expect(row.states).toBeGreaterThan(2000);
    expect(row.counts).toBeGreaterThan(10_000);
    expect(row.days).toBeGreaterThanOrEqual(28);
  });

  /*
   * Per machine over the shifts it works (the day shift; the night shift too for the saws and the edge bander):
   * summed from the OEE of each shift occurrence, as ISO 22400 sums time and quantities before dividing.
   */
  it('shows a realistic OEE over the month (55–75 %), per machine and for the factory, with downtime by reason', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 30 * 86_400_000);
    const { items } = await as(() =>
      app.get(OeeQueries).oee({ groupBy: 'machine', bucket: 'shift', from: from.toISOString(), to: to.toISOString() }),
    );
    const nightShift = new Set(['SAW-01', 'SAW-02', 'EB-01']);
    const worked = items.filter((i) => i.shift?.code === 'day' || nightShift.has(i.machine ?? ''));
    const sums = (list: typeof items) => {
      const pbt = list.reduce((s, i) => s + i.plannedBusyTime, 0);
      const apt = list.reduce((s, i) => s + i.actualProductionTime, 0);
      const ideal = list.reduce((s, i) => s + (i.performance ?? 0) * i.actualProductionTime, 0);
      const good = list.reduce((s, i) => s + i.good, 0);
      const made = list.reduce((s, i) => s + i.good + i.scrap, 0);
      return { a: apt / pbt, p: ideal / apt, q: good / made, oee: (apt / pbt) * (ideal / apt) * (good / made) };
    };
    const perMachine = new Map<string, ReturnType<typeof sums>>();
    for (const code of new Set(worked.map((i) => i.machine ?? '')))
      perMachine.set(code, sums(worked.filter((i) => i.machine === code)));
    const factory = sums(worked);
    console.log(
      [...perMachine, ['factory', factory] as const]
        .map(
          ([code, k]) =>
            `${code} OEE ${k.oee.toFixed(3)} (A ${k.a.toFixed(3)} P ${k.p.toFixed(3)} Q ${k.q.toFixed(3)})`,
        )
        .join('\n'),
    );
    expect(perMachine.size).toBe(8);
    expect(factory.oee).toBeGreaterThan(0.55);
    expect(factory.oee).toBeLessThan(0.75);
    for (const k of perMachine.values()) {
      expect(k.oee).toBeGreaterThan(0.45);
      expect(k.oee).toBeLessThan(0.85);
    }
    const reasons = items.flatMap((i) => i.downtimeByReason.map((r) => r.reason));
    expect(reasons).toEqual(
      expect.arrayContaining(['blade_broken', 'glue_pot_heater', 'no_order', 'edge_band_colour']),
    );
  });
});
