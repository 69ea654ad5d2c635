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
import type { EntityManager } from 'typeorm';
import type { CountsFrom, CountUnit, MachineProcess, MachineState } from './domain/equipment-codes';
import { pastProblem } from './domain/machine-events';
import type { CreateMachineDto, UpdateMachineDto } from './dto/machine.dto';
import { Machine } from './equipment.entities';
import { EQUIPMENT_ERRORS } from './equipment.errors';
import { lockMachines } from './machine-locks';
import { OeeRollups } from './oee/oee-rollups.service';

export interface MachineView {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  process: MachineProcess;
  countUnit: CountUnit;
  idealCycleSeconds: number;
  countsFrom: CountsFrom;
  active: boolean;
  state: { state: MachineState; reason: string | null; since: Date } | null;
}

interface MachineRow {
  id: string;
  code: string;
  name: string;
  name_en: string | null;
  process: MachineProcess;
  count_unit: CountUnit;
  ideal_cycle_seconds: string;
  counts_from: CountsFrom;
  active: boolean;
  state: MachineState | null;
  reason: string | null;
  since: Date | null;
}

/*
 * A machine with the cycle time valid at $2 and its state at $2: the last state event up to then, entered at the
 * first event since the last one of another state or reason (a gateway repeating "running" keeps its start).
 * Each lookup walks the (machine_id, at) index backwards from $2, so the list stays cheap however long the history.
 */
const VIEW = `
  SELECT m.id, m.code, m.name, m.name_en, m.process, m.count_unit, m.counts_from, m.active,
         coalesce(ct.ideal_cycle_seconds, m.ideal_cycle_seconds) AS ideal_cycle_seconds,
         cur.state, cur.reason,
         (SELECT min(s.at) FROM machine_state_event s
           WHERE s.factory_id = m.factory_id AND s.machine_id = m.id AND s.at <= cur.at AND s.at > coalesce(chg.at, '-infinity')) AS since
    FROM machine m
    LEFT JOIN LATERAL (
      SELECT c.ideal_cycle_seconds FROM machine_cycle_time c
       WHERE c.factory_id = m.factory_id AND c.machine_id = m.id AND c.valid_from <= $2 ORDER BY c.valid_from DESC LIMIT 1) ct ON true
    LEFT JOIN LATERAL (
      SELECT e.state, e.reason, e.at FROM machine_state_event e
       WHERE e.factory_id = m.factory_id AND e.machine_id = m.id AND e.at <= $2 ORDER BY e.at DESC LIMIT 1) cur ON true
    LEFT JOIN LATERAL (
      SELECT e.at FROM machine_state_event e
       WHERE e.factory_id = m.factory_id AND e.machine_id = m.id AND e.at < cur.at AND (e.state <> cur.state OR e.reason IS DISTINCT FROM cur.reason)
       ORDER BY e.at DESC LIMIT 1) chg ON true
   WHERE m.factory_id = $1`;

/** Machines (设备): master data, the history of their ideal cycle time, and their current state. */
@Injectable()
export class MachinesService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly rollups: OeeRollups,
    private readonly clock: Clock,
  ) {}

  /** Every machine, active or not, by code: a factory has tens, not thousands. */
  async list(): Promise<MachineView[]> {
    const rows = await this.sql.query<MachineRow>(`${VIEW} ORDER BY m.code`, [new Date(this.clock.now())]);
    return rows.map(toView);
  }

  /** By code or id; another factory's (or none) is a 404. */
  async get(key: string, manager?: EntityManager): Promise<MachineView> {
    const rows = await this.sql.query<MachineRow>(
      `${VIEW} AND (m.code = $3 OR m.id = $4::uuid)`,
      [new Date(this.clock.now()), key, isUuid(key) ? key : null],
      manager,
    );
    if (rows.length === 0) throw new NotFoundError('machine', key, 'code');
    return toView(rows.find((r) => r.code === key) ?? rows[0]);
  }

  /** A new machine; its ideal cycle time counts from the beginning of time (-infinity) until changed. */
  async create(body: CreateMachineDto): Promise<MachineView> {
    return this.scope.transaction(async (manager) => {
      const machines = this.scope.repository(Machine, manager);
      if (await machines.findOneBy({ code: body.code }))
        throw new DomainError(
          EQUIPMENT_ERRORS['machine.already_exists'],
          `machine ${body.code} already exists; PATCH /machines/${body.code} changes it / 设备编码已存在`,
          { code: body.code },
          [{ field: 'code', message: 'is taken in this factory / 该设备编码已被使用' }],
        );
      const row = await machines.save(
        machines.create({
          code: body.code,
          name: body.name,
          nameEn: body.nameEn ?? null,
          process: body.process,
          countUnit: body.countUnit,
          idealCycleSeconds: body.idealCycleSeconds,
          countsFrom: body.countsFrom ?? 'any',
          active: body.active ?? true,
        }),
      );
      await this.addCycleTime(manager, row.id, '-infinity', body.idealCycleSeconds);
      return this.get(row.id, manager);
    });
  }

  /**
   * A field left out stays as it is. A new ideal cycle time is a new row of its history, valid from `effectiveFrom`
   * (default now): OEE before it keeps the old one, and the rollups from then on are recomputed.
   */
  async update(key: string, body: UpdateMachineDto): Promise<MachineView> {
    if (body.effectiveFrom !== undefined && body.idealCycleSeconds === undefined)
      throw new ValidationFailedError([
        { field: 'effectiveFrom', message: 'goes with idealCycleSeconds / 须与 idealCycleSeconds 一起提供' },
      ]);
    const now = this.clock.now();
    const { effectiveFrom, idealCycleSeconds, ...changes } = body;
    const from = effectiveFrom === undefined ? new Date(now) : new Date(effectiveFrom);
    // further back would rewrite (and recompute) years of OEE: the events' own bound
    const tooOld = pastProblem(from.getTime(), now);
    if (tooOld) throw new ValidationFailedError([{ field: 'effectiveFrom', message: tooOld }]);
    return this.scope.transaction(async (manager) => {
      const machines = this.scope.repository(Machine, manager);
      const row = await this.find(key, manager);
      Object.assign(row, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      if (idealCycleSeconds !== undefined) {
        await lockMachines(manager, this.sql.factoryId(), [row.id]);
        await this.addCycleTime(manager, row.id, from.toISOString(), idealCycleSeconds);
        row.idealCycleSeconds = await this.latestCycleTime(manager, row.id);
      }
      await machines.save(row);
      if (idealCycleSeconds !== undefined && from.getTime() < now)
        await this.rollups.refresh(manager, this.sql.factoryId(), row.id, from, new Date(now));
      return this.get(row.id, manager);
    });
  }

  private async find(key: string, manager: EntityManager): Promise<Machine> {
    const machines = this.scope.repository(Machine, manager);
    const row =
      (await machines.findOneBy({ code: key })) ?? (isUuid(key) ? await machines.findOneBy({ id: key }) : null);
    if (!row) throw new NotFoundError('machine', key, 'code');
    return row;
  }

  /** The same instant again replaces its value: a correction, not a second row. */
  private async addCycleTime(manager: EntityManager, machineId: string, from: string, seconds: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO machine_cycle_time (factory_id, machine_id, valid_from, ideal_cycle_seconds)
       VALUES ($1, $2, $3::timestamptz, $4)
       ON CONFLICT (machine_id, valid_from) DO UPDATE SET ideal_cycle_seconds = excluded.ideal_cycle_seconds`,
      [machineId, from, seconds],
      manager,
    );
  }

  /** The machine row keeps the most recent value of its history, so readers without a date get the latest plan. */
  private async latestCycleTime(manager: EntityManager, machineId: string): Promise<number> {
    const [row] = await this.sql.query<{ seconds: string }>(
      `SELECT ideal_cycle_seconds AS seconds FROM machine_cycle_time
        WHERE factory_id = $1 AND machine_id = $2 ORDER BY valid_from DESC LIMIT 1`,
      [machineId],
      manager,
    );
    return Number(row.seconds);
  }
}

function toView(r: MachineRow): MachineView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    process: r.process,
    countUnit: r.count_unit,
    idealCycleSeconds: Number(r.ideal_cycle_seconds),
    countsFrom: r.counts_from,
    active: r.active,
    state: r.state && r.since ? { state: r.state, reason: r.reason, since: r.since } : null,
  };
}
