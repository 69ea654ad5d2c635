import { Injectable } from '@nestjs/common';
import { Clock, type DemoSeeder, DemoSeed } from '@mendao/platform';
import { DataSource } from 'typeorm';
import { CalendarService } from './calendar.service';
import { localDate, zonedInstant } from './domain/calendar';
import { type DemoCalendar, demoHistory, type DemoMachineProfile } from './domain/demo-history';
import { MAX_EVENTS_PER_BATCH, type CountInput, type StateInput } from './domain/machine-events';
import type { CreateShiftDto } from './dto/calendar.dto';
import type { CreateMachineDto } from './dto/machine.dto';
import { MachineEventsService } from './machine-events.service';
import { MachinesService } from './machines.service';

const DAY = 86_400_000;
const HISTORY_DAYS = 30;

type DemoMachine = Omit<CreateMachineDto, 'code' | 'process' | 'idealCycleSeconds'> & DemoMachineProfile;

const waits = ['no_material', 'starved_upstream'];
/**
 * A door plant's line, in process order, with ideal cycles per count unit (ISO 22400 PRU). The beam saw, the edge
 * bander and the CNC router have gateways counting for them (countsFrom machine); the others also take station
 * reports (any).
 */
const MACHINES: DemoMachine[] = [
  {
    code: 'SAW-01',
    name: '电子开料锯',
    nameEn: 'Panel saw (beam saw)',
    process: 'cutting',
    countUnit: 'sheet',
    idealCycleSeconds: 90,
    countsFrom: 'machine',
    speed: [0.86, 0.95],
    scrapRate: 0.015,
    startup: 'adjustment',
    setups: ['tool_change'],
    breakdowns: ['blade_broken', 'motor_bearing'],
    waits: ['no_material'],
  },
  {
    code: 'SAW-02',
    name: '推台锯',
    nameEn: 'Sliding-table saw',
    process: 'cutting',
    countUnit: 'part',
    idealCycleSeconds: 40,
    speed: [0.8, 0.92],
    scrapRate: 0.02,
    startup: 'adjustment',
    setups: ['tool_change'],
    breakdowns: ['blade_broken'],
    waits,
  },
  {
    code: 'PRS-01',
    name: '冷压机',
    nameEn: 'Cold press',
    process: 'pressing',
    countUnit: 'cycle',
    idealCycleSeconds: 2400,
    speed: [0.88, 0.97],
    scrapRate: 0.01,
    startup: 'press_heat_up',
    setups: ['cleaning'],
    breakdowns: ['electrical'],
    waits,
  },
  {
    code: 'EB-01',
    name: '封边机',
    nameEn: 'Edge bander',
    process: 'edge_banding',
    countUnit: 'm',
    idealCycleSeconds: 4,
    countsFrom: 'machine',
    speed: [0.85, 0.95],
    scrapRate: 0.03,
    startup: 'adjustment',
    setups: ['edge_band_colour', 'tool_change'],
    breakdowns: ['glue_pot_heater', 'motor_bearing'],
    waits,
  },
  {
    code: 'CNC-01',
    name: 'CNC 雕刻机',
    nameEn: 'CNC router',
    process: 'cnc',
    countUnit: 'part',
    idealCycleSeconds: 300,
    countsFrom: 'machine',
    speed: [0.88, 0.97],
    scrapRate: 0.02,
    startup: 'adjustment',
    setups: ['tool_change'],
    breakdowns: ['electrical', 'motor_bearing'],
    waits,
  },
  {
    code: 'SND-01',
    name: '宽带砂光机',
    nameEn: 'Wide-belt sander',
    process: 'sanding',
    countUnit: 'part',
    idealCycleSeconds: 30,
    speed: [0.82, 0.93],
    scrapRate: 0.025,
    startup: 'adjustment',
    setups: ['tool_change', 'cleaning'],
    breakdowns: ['motor_bearing'],
    waits,
  },
  {
    code: 'PNT-01',
    name: '喷涂线',
    nameEn: 'Spray line',
    process: 'painting',
    countUnit: 'm2',
    idealCycleSeconds: 20,
    speed: [0.85, 0.95],
    scrapRate: 0.04,
    startup: 'cleaning',
    setups: ['paint_colour', 'cleaning'],
    breakdowns: ['electrical'],
    waits: [...waits, 'no_operator'],
  },
  {
    code: 'PCK-01',
    name: '包装线',
    nameEn: 'Packing line',
    process: 'packing',
    countUnit: 'part',
    idealCycleSeconds: 120,
    speed: [0.85, 0.96],
    scrapRate: 0.005,
    startup: 'adjustment',
    setups: ['cleaning'],
    breakdowns: ['electrical'],
    waits: ['starved_upstream', 'blocked_downstream'],
  },
];

const SHIFTS: CreateShiftDto[] = [
  {
    code: 'day',
    name: '白班',
    nameEn: 'Day shift',
    days: [1, 2, 3, 4, 5, 6],
    start: '08:00',
    end: '17:30',
    breaks: [{ start: '12:00', end: '13:00' }],
  },
  {
    code: 'night',
    name: '夜班（开料、封边）',
    nameEn: 'Night shift (cutting, edge banding)',
    days: [1, 2, 3, 4, 5],
    start: '20:00',
    end: '05:00',
    breaks: [{ start: '00:00', end: '00:30' }],
    processes: ['cutting', 'edge_banding'],
  },
];

/**
 * The demo factory's machines, shifts, a holiday and planned maintenance, and the month before now of their
 * states and counts, generated (seeded) and sent through the ingestion service, so the OEE rollups are built as
 * they would be for real events. Latest chunk first: each earlier chunk then has a following state, and its
 * rollup refresh stops there instead of running on to now.
 */
@Injectable()
@DemoSeed(40)
export class EquipmentDemoSeeder implements DemoSeeder {
  constructor(
    private readonly machines: MachinesService,
    private readonly calendar: CalendarService,
    private readonly events: MachineEventsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async seedDemo(factoryId: string): Promise<void> {
    const now = this.clock.now();
    const [{ time_zone: timeZone }] = await this.dataSource.query<{ time_zone: string }[]>(
      'SELECT time_zone FROM factory WHERE id = $1',
      [factoryId],
    );
    const local = (day: string, time: string) =>
      new Date(zonedInstant(Date.parse(`${day}T${time}:00Z`), timeZone)).toISOString();
    const ids = new Map<string, string>();
    for (const { speed: _s, scrapRate: _r, startup: _u, setups: _e, breakdowns: _b, waits: _w, ...machine } of MACHINES)
      ids.set(machine.code, (await this.machines.create(machine)).id);
    // the edge bander was rated for a faster feed twelve days ago (its ideal cycle has a history); it runs as before
    const faster = new Date(now - 12 * DAY);
    await this.machines.update('EB-01', { idealCycleSeconds: 3.6, effectiveFrom: faster.toISOString() });
    for (const shift of SHIFTS) await this.calendar.createShift(shift);
    const holiday = localDate(now - 9 * DAY, timeZone);
    await this.calendar.addHoliday({ day: holiday, name: '厂休日（电力检修） Day off (grid maintenance)' });
    const maintenanceDay = localDate(now - 5 * DAY, timeZone);
    const maintenance = await this.calendar.addMaintenance({
      machine: 'EB-01',
      from: local(maintenanceDay, '08:00'),
      to: local(maintenanceDay, '12:00'),
      reason: '封边机月度保养 Edge bander monthly service',
    });
    const nextMonth = localDate(now + 20 * DAY, timeZone);
    await this.calendar.addMaintenance({
      machine: 'SAW-01',
      from: local(nextMonth, '08:00'),
      to: local(nextMonth, '17:30'),
      reason: '开料锯更换主轴 Panel saw spindle replacement',
    });
    const calendar: DemoCalendar = {
      timeZone,
      holidays: [holiday],
      maintenance: [{ machineId: ids.get('EB-01')!, from: +maintenance.from, to: +maintenance.to }],
      shifts: SHIFTS.map((s) => ({ ...s, breaks: s.breaks ?? [], processes: s.processes ?? null })),
    };
    const from = now - HISTORY_DAYS * DAY;
    for (const profile of MACHINES) {
      const history = demoHistory(profile, calendar, ids.get(profile.code)!, from, now);
      for (const chunk of latestFirst(history))
        await this.events.ingest([{ machine: profile.code, ...chunk }], 'gateway');
    }
  }
}

/** The history in time-ordered chunks of at most one request's events, the latest chunk first. */
function latestFirst(history: { states: StateInput[]; counts: CountInput[] }) {
  const all = [
    ...history.states.map((s) => ({ at: String(s.at), state: s, count: null })),
    ...history.counts.map((c) => ({ at: String(c.at), state: null, count: c })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const chunks: { states: StateInput[]; counts: CountInput[] }[] = [];
  for (let i = 0; i < all.length; i += MAX_EVENTS_PER_BATCH) {
    const slice = all.slice(i, i + MAX_EVENTS_PER_BATCH);
    chunks.push({
      states: slice.flatMap((e) => (e.state ? [e.state] : [])),
      counts: slice.flatMap((e) => (e.count ? [e.count] : [])),
    });
  }
  return chunks.reverse();
}
