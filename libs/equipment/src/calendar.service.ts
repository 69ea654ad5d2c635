import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError,
  FactoryScope,
  FactorySql,
  isUuid,
  NotFoundError,
  ValidationFailedError,
} from '@mendao/platform';
import type { MachineProcess, ShiftBreak } from './domain/equipment-codes';
import { MAX_FUTURE_MS, pastProblem } from './domain/machine-events';
import { shiftTimeProblems } from './domain/shift-times';
import type {
  CreateHolidayDto,
  CreateMaintenanceDto,
  CreateShiftDto,
  MaintenanceQuery,
  UpdateShiftDto,
} from './dto/calendar.dto';
import { Holiday, Machine, PlannedMaintenance, Shift } from './equipment.entities';
import { EQUIPMENT_ERRORS } from './equipment.errors';
import { OeeRollups } from './oee/oee-rollups.service';

export interface ShiftView {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  days: number[];
  start: string;
  end: string;
  breaks: ShiftBreak[];
  processes: MachineProcess[] | null;
  active: boolean;
}

export interface MaintenanceView {
  id: string;
  machine: string | null;
  from: Date;
  to: Date;
  reason: string;
}

const DAY_MS = 86_400_000;

const shiftView = (s: Shift): ShiftView => ({
  id: s.id,
  code: s.code,
  name: s.name,
  nameEn: s.nameEn,
  days: [...s.days].sort((a, b) => a - b),
  start: s.startTime,
  end: s.endTime,
  breaks: s.breaks,
  processes: s.processes,
  active: s.active,
});

/**
 * The factory's calendar: shifts (with their planned breaks), holidays and planned maintenance, which together
 * say what planned busy time is. A change refreshes the OEE rollups of the time it touches, after it is committed.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly rollups: OeeRollups,
    private readonly clock: Clock,
  ) {}

  async listShifts(): Promise<ShiftView[]> {
    const rows = await this.scope.repository(Shift).find({ order: { startTime: 'ASC', code: 'ASC' } });
    return rows.map(shiftView);
  }

  async createShift(body: CreateShiftDto): Promise<ShiftView> {
    const breaks = (body.breaks ?? []).map(({ start, end }) => ({ start, end }));
    assertShiftTimes({ start: body.start, end: body.end, breaks });
    const shifts = this.scope.repository(Shift);
    if (await shifts.findOneBy({ code: body.code }))
      throw new DomainError(
        EQUIPMENT_ERRORS['shift.already_exists'],
        `shift ${body.code} already exists / 班次编码已存在`,
        { code: body.code },
        [{ field: 'code', message: 'is taken in this factory / 该班次编码已被使用' }],
      );
    const row = await shifts.save(
      shifts.create({
        code: body.code,
        name: body.name,
        nameEn: body.nameEn ?? null,
        days: body.days,
        startTime: body.start,
        endTime: body.end,
        breaks,
        processes: body.processes ?? null,
        active: true,
      }),
    );
    await this.refreshHistory();
    return shiftView(row);
  }

  /** Times are checked as they will be after the change (a new end against the breaks kept, and so on). */
  async updateShift(code: string, body: UpdateShiftDto): Promise<ShiftView> {
    const shifts = this.scope.repository(Shift);
    const row = await shifts.getBy({ code }, 'shift', code, 'code');
    const breaks = body.breaks ? body.breaks.map(({ start, end }) => ({ start, end })) : row.breaks;
    assertShiftTimes({ start: body.start ?? row.startTime, end: body.end ?? row.endTime, breaks });
    const wasActive = row.active;
    Object.assign(row, {
      name: body.name ?? row.name,
      nameEn: body.nameEn ?? row.nameEn,
      days: body.days ?? row.days,
      startTime: body.start ?? row.startTime,
      endTime: body.end ?? row.endTime,
      breaks,
      processes: body.processes === undefined ? row.processes : body.processes,
      active: body.active ?? row.active,
    });
    // switched off: planned until now, so the past keeps its OEE; switched on again: planned from now on
    if (wasActive !== row.active) row.activeUntil = row.active ? null : new Date(this.clock.now());
    const saved = await shifts.save(row);
    const onlySwitchedOff = !saved.active && Object.keys(body).every((k) => k === 'active');
    // switched off changes only the time from now on (events may already be a little ahead of the clock)
    if (onlySwitchedOff) {
      if (wasActive)
        await this.rollups.refreshFactory(
          this.sql.factoryId(),
          new Date(this.clock.now()),
          new Date(this.clock.now() + MAX_FUTURE_MS),
        );
    } else await this.refreshHistory();
    return shiftView(saved);
  }

  /** Shifts are kept (past OEE by shift names them): DELETE switches one off, for the future only. */
  deactivateShift(code: string): Promise<ShiftView> {
    return this.updateShift(code, { active: false });
  }

  async listHolidays(): Promise<Holiday[]> {
    const rows = await this.scope.repository(Holiday).find({ order: { day: 'ASC' } });
    return rows.map(({ day, name }) => ({ day, name }) as Holiday);
  }

  async addHoliday(body: CreateHolidayDto): Promise<{ day: string; name: string }> {
    const [row] = await this.sql.query<{ day: string }>(
      `INSERT INTO holiday (factory_id, day, name) VALUES ($1, $2::date, $3)
       ON CONFLICT (factory_id, day) DO NOTHING RETURNING day::text AS day`,
      [body.day, body.name],
    );
    if (!row)
      throw new DomainError(
        EQUIPMENT_ERRORS['holiday.already_exists'],
        `${body.day} is already a holiday / ${body.day} 已是节假日`,
        { day: body.day },
        [{ field: 'day', message: 'is already a holiday / 已是节假日' }],
      );
    await this.refreshAround(body.day);
    return { day: row.day, name: body.name };
  }

  async removeHoliday(day: string): Promise<{ day: string; name: string }> {
    const [row] = /^\d{4}-\d{2}-\d{2}$/.test(day)
      ? await this.sql.query<{ day: string; name: string }>(
          `DELETE FROM holiday WHERE factory_id = $1 AND day = $2::date RETURNING day::text AS day, name`,
          [day],
        )
      : [];
    if (!row) throw new NotFoundError('holiday', day, 'day');
    await this.refreshAround(day);
    return row;
  }

  async listMaintenance(query: MaintenanceQuery): Promise<MaintenanceView[]> {
    const rows = await this.sql.query<MaintenanceView>(
      `SELECT p.id, m.code AS machine, p.starts_at AS "from", p.ends_at AS "to", p.reason
         FROM planned_maintenance p LEFT JOIN machine m ON m.factory_id = p.factory_id AND m.id = p.machine_id
        WHERE p.factory_id = $1 AND ($2::timestamptz IS NULL OR p.ends_at > $2) AND ($3::timestamptz IS NULL OR p.starts_at < $3)
        ORDER BY p.starts_at, p.id`,
      [query.from ?? null, query.to ?? null],
    );
    return rows;
  }

  async addMaintenance(body: CreateMaintenanceDto): Promise<MaintenanceView> {
    const from = new Date(body.from);
    const to = new Date(body.to);
    // further back would recompute years of OEE, and is a typing error: the events' own bound
    const tooOld = pastProblem(from.getTime(), this.clock.now());
    if (tooOld) throw new ValidationFailedError([{ field: 'from', message: tooOld }]);
    if (to.getTime() <= from.getTime())
      throw new DomainError(
        EQUIPMENT_ERRORS['maintenance.invalid_span'],
        'to must be after from / 结束须晚于开始',
        {},
        [{ field: 'to', message: `must be after from (${body.from}) / 结束时间须晚于开始时间` }],
      );
    const machine = body.machine === undefined ? null : await this.machine(body.machine);
    const maintenance = this.scope.repository(PlannedMaintenance);
    const row = await maintenance.save(
      maintenance.create({ machineId: machine?.id ?? null, startsAt: from, endsAt: to, reason: body.reason }),
    );
    await this.rollups.refreshFactory(this.sql.factoryId(), from, to);
    return { id: row.id, machine: machine?.code ?? null, from, to, reason: row.reason };
  }

  async removeMaintenance(id: string): Promise<MaintenanceView> {
    const [row] = isUuid(id)
      ? await this.sql.query<MaintenanceView>(
          `DELETE FROM planned_maintenance p WHERE p.factory_id = $1 AND p.id = $2
           RETURNING p.id, (SELECT m.code FROM machine m WHERE m.factory_id = p.factory_id AND m.id = p.machine_id) AS machine,
                     p.starts_at AS "from", p.ends_at AS "to", p.reason`,
          [id],
        )
      : [];
    if (!row) throw new NotFoundError('planned maintenance', id);
    await this.rollups.refreshFactory(this.sql.factoryId(), row.from, row.to);
    return row;
  }

  private async machine(key: string): Promise<Machine> {
    const machines = this.scope.repository(Machine);
    const row =
      (await machines.findOneBy({ code: key })) ?? (isUuid(key) ? await machines.findOneBy({ id: key }) : null);
    if (!row)
      throw new DomainError(
        EQUIPMENT_ERRORS['machine.unknown'],
        `no machine ${key} / 设备 ${key} 不存在`,
        { machine: key },
        [{ field: 'machine', message: `no machine ${key} in this factory / 设备不存在` }],
      );
    return row;
  }

  /**
   * A holiday moves the shifts starting on its local date, which may end the next day: two days from the date,
   * widened by a day before for any time zone's offset.
   */
  private refreshAround(day: string): Promise<void> {
    const midnight = Date.parse(`${day}T00:00:00Z`);
    return this.rollups.refreshFactory(
      this.sql.factoryId(),
      new Date(midnight - DAY_MS),
      new Date(midnight + 2 * DAY_MS),
    );
  }

  /**
   * Shifts have no history of their own: a changed shift changes planned busy time of every week it applies to,
   * so the rollups are refreshed from the factory's first event (each machine's first, found on its index).
   */
  private async refreshHistory(): Promise<void> {
    const [row] = await this.sql.query<{ first: Date | null }>(
      `SELECT least(min(s.first), min(c.first)) AS first
         FROM machine m
         LEFT JOIN LATERAL (SELECT min(e.at) AS first FROM machine_state_event e
                             WHERE e.factory_id = m.factory_id AND e.machine_id = m.id) s ON true
         LEFT JOIN LATERAL (SELECT min(e.at) AS first FROM machine_count_event e
                             WHERE e.factory_id = m.factory_id AND e.machine_id = m.id) c ON true
        WHERE m.factory_id = $1`,
    );
    if (!row?.first) return;
    await this.rollups.refreshFactory(this.sql.factoryId(), row.first, new Date(this.clock.now() + MAX_FUTURE_MS));
  }
}

function assertShiftTimes(times: { start: string; end: string; breaks: ShiftBreak[] }): void {
  const problems = shiftTimeProblems(times);
  if (problems.length > 0)
    throw new DomainError(
      EQUIPMENT_ERRORS['shift.invalid_times'],
      'the shift or its breaks have impossible times / 班次或休息时间有误',
      {},
      problems,
    );
}
