import { Injectable } from '@nestjs/common';
import { Clock, DomainError, FactoryScope, FactorySql, NotFoundError, ValidationFailedError } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { StateSource } from './domain/equipment-codes';
import {
  affectedSpan,
  batchShapeProblems,
  countEventRefusal,
  type CountEvent,
  type CountInput,
  type EventContext,
  type EventProblem,
  MAX_EVENTS_PER_BATCH,
  parseCountEvent,
  parseStateEvent,
  reportsCount,
  type StateEvent,
  type StateInput,
} from './domain/machine-events';
import { DowntimeReasonsService } from './downtime-reasons.service';
import { EQUIPMENT_ERRORS } from './equipment.errors';
import { lockMachines } from './machine-locks';
import { type EventLookup, type MachineRef, MachineEventsRepository } from './machine-events.repository';
import { OeeRollups, type RollupSpan } from './oee/oee-rollups.service';

export type { CountInput, StateInput } from './domain/machine-events';

/** One machine's events in a batch; `machine` is its code (or id). */
export interface MachineEventBatch {
  machine: string;
  states?: StateInput[];
  counts?: CountInput[];
}

export interface IngestResult {
  /** Events recorded now. */
  accepted: number;
  /** Events already recorded (same event id, or a state at an instant that has one): ignored. */
  duplicates: number;
}

/** A gateway's event in the factory-wide batch: the machine and the kind of event beside its own fields. */
export interface FactoryEventInput {
  machine: string;
  kind: 'state' | 'count';
  [field: string]: unknown;
}

export interface ReportedCount {
  machine: string;
  eventId: string;
  at: Date;
  good: number;
  scrap: number;
  workOrderId: string;
}

/** An event still as sent, with where it sits in the request (for the field of a refusal). */
interface SentEvent {
  machine: string;
  machineField: string;
  kind: 'state' | 'count';
  raw: unknown;
  field: string;
}

const FACTORY_EVENT_KEYS = new Set(['machine', 'kind']);

/**
 * State and count events from tablets, gateways and station reports. A batch is checked whole before anything
 * is written (every bad field listed, nothing recorded), then written in one transaction: per-machine locks,
 * set-based inserts that skip what is already there (idempotent per machine and event id), and the OEE rollups
 * of the time the new events touch, so a query never sees events without their rollups.
 */
@Injectable()
export class MachineEventsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly events: MachineEventsRepository,
    private readonly reasons: DowntimeReasonsService,
    private readonly rollups: OeeRollups,
    private readonly clock: Clock,
  ) {}

  /** Batches per machine, in the caller's factory (the HTTP routes and the MQTT gateway). */
  async ingest(batch: MachineEventBatch[], source: StateSource): Promise<IngestResult> {
    return this.record(sentOf(batch), source);
  }

  /** POST /machines/{code}/events: another factory's (or no) machine is a 404, before anything is checked. */
  async ingestForMachine(machine: string, body: unknown, source: StateSource): Promise<IngestResult> {
    const shape = batchShapeProblems(body, ['states', 'counts']);
    if (shape.length > 0) throw new ValidationFailedError(shape);
    const found = await this.lookup([machine]);
    if (!found.machines.has(machine)) throw new NotFoundError('machine', machine, 'code');
    const { states, counts } = body as { states?: StateInput[]; counts?: CountInput[] };
    return this.record(sentOf([{ machine, states, counts }]), source, [], found);
  }

  /** POST /machine-events `{events}`: one list across machines, each event naming its machine and kind. */
  async ingestEvents(body: unknown, source: StateSource): Promise<IngestResult> {
    const shape = batchShapeProblems(body, ['events'], ['events']);
    if (shape.length > 0) throw new ValidationFailedError(shape);
    const { events } = body as { events: unknown[] };
    assertBatchSize(events.length);
    const sent: SentEvent[] = [];
    const shapeProblems: EventProblem[] = [];
    events.forEach((raw, i) => {
      const field = `events[${i}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        shapeProblems.push({ field, message: 'must be an object / 必须是对象' });
        return;
      }
      const event = raw as Partial<FactoryEventInput>;
      const machineOk = typeof event.machine === 'string' && event.machine !== '';
      const kindOk = event.kind === 'state' || event.kind === 'count';
      if (!machineOk) shapeProblems.push({ field: `${field}.machine`, message: 'must name a machine / 必须指定设备' });
      if (!kindOk)
        shapeProblems.push({ field: `${field}.kind`, message: 'must be state or count / 必须是 state 或 count' });
      if (machineOk && kindOk)
        sent.push({ machine: event.machine!, machineField: `${field}.machine`, kind: event.kind!, raw, field });
    });
    return this.record(sent, source, shapeProblems);
  }

  /**
   * A station report's good and scrap on a machine (报工), inside the caller's transaction: the machine's counts
   * have one source, whichever way they came. The same eventId again changes nothing. False: the machine counts
   * its own units (countsFrom `machine`), so the report adds none to its counts and nothing is written.
   */
  async recordReportedCount(manager: EntityManager, input: ReportedCount): Promise<boolean> {
    const machine = await this.usableMachine(input.machine, manager);
    const problems: EventProblem[] = [];
    const event = parseCountEvent(
      { eventId: input.eventId, at: input.at, good: input.good, scrap: input.scrap },
      '',
      await this.context(manager),
      problems,
    );
    if (!event) throw invalid(problems);
    if (!reportsCount(machine.countsFrom)) return false;
    await lockMachines(manager, this.sql.factoryId(), [machine.id]);
    const inserted = await this.events.insertEvents(
      [],
      [{ machineId: machine.id, event, workOrderId: input.workOrderId }],
      { counts: 'report' },
      manager,
    );
    const spans = inserted.counts.map((c) => ({ machineId: machine.id, from: c.from, to: new Date(+c.to + 1) }));
    if (spans.length > 0) await this.rollups.refreshMany(manager, this.sql.factoryId(), spans);
    return true;
  }

  /** `found`: the lookup the caller already made for these events' machines. */
  private async record(
    sent: SentEvent[],
    source: StateSource,
    problems: EventProblem[] = [],
    found?: EventLookup,
  ): Promise<IngestResult> {
    assertBatchSize(sent.length);
    const { machines, reasons } = found ?? (await this.lookup([...new Set(sent.map((e) => e.machine))]));
    const context: EventContext = { now: this.clock.now(), reasons };
    const states: { machineId: string; event: StateEvent }[] = [];
    const counts: { machineId: string; event: CountEvent }[] = [];
    const machineProblems = new Set<string>();
    for (const e of sent) {
      const machine = machines.get(e.machine);
      const problem = !machine
        ? `no machine ${e.machine} in this factory / 设备 ${e.machine} 不存在`
        : !machine.active
          ? `machine ${e.machine} is inactive / 设备 ${e.machine} 已停用`
          : null;
      if (problem && !machineProblems.has(e.machineField)) {
        machineProblems.add(e.machineField);
        problems.push({ field: e.machineField, message: problem });
      }
      const extra = e.field.startsWith('events[') ? FACTORY_EVENT_KEYS : undefined;
      if (e.kind === 'state') {
        const event = parseStateEvent(e.raw, e.field, context, problems, extra);
        if (event && machine) states.push({ machineId: machine.id, event });
      } else {
        const refusal = machine && countEventRefusal(machine.countsFrom, machine.code);
        // in the factory-wide batch it is the kind that is wrong for this machine, not the count
        if (refusal) problems.push({ field: extra ? `${e.field}.kind` : e.field, message: refusal });
        const event = parseCountEvent(e.raw, e.field, context, problems, extra);
        if (event && machine) counts.push({ machineId: machine.id, event });
      }
    }
    if (problems.length > 0) throw invalid(problems);
    const accepted = await this.write(states, counts, source);
    return { accepted, duplicates: states.length + counts.length - accepted };
  }

  private write(
    states: { machineId: string; event: StateEvent }[],
    counts: { machineId: string; event: CountEvent }[],
    source: StateSource,
  ): Promise<number> {
    if (states.length + counts.length === 0) return Promise.resolve(0);
    const factoryId = this.sql.factoryId();
    return this.scope.transaction(async (manager) => {
      await lockMachines(
        manager,
        factoryId,
        [...states, ...counts].map((e) => e.machineId),
      );
      const { states: newStates, counts: newCounts } = await this.events.insertEvents(
        states,
        counts,
        { states: source, counts: 'machine' },
        manager,
      );
      const now = this.clock.now();
      const machineIds = [...new Set([...newStates, ...newCounts].map((r) => r.machineId))].sort();
      const spans: RollupSpan[] = [];
      for (const machineId of machineIds) {
        const s = newStates.find((r) => r.machineId === machineId);
        const c = newCounts.find((r) => r.machineId === machineId);
        const span = affectedSpan(
          {
            statesFrom: s?.from ?? null,
            statesTo: s?.to ?? null,
            previousState: s?.previous ?? null,
            nextState: s?.next ?? null,
            countsFrom: c?.from ?? null,
            countsTo: c?.to ?? null,
          },
          now,
        );
        if (span) spans.push({ machineId, ...span });
      }
      // one set of statements for the batch's machines together, not a round of them per machine
      if (spans.length > 0) await this.rollups.refreshMany(manager, factoryId, spans);
      return [...newStates, ...newCounts].reduce((sum, r) => sum + r.accepted, 0);
    });
  }

  /** The batch's machines and the factory's reasons; none at all: its first events, before anyone listed them. */
  private async lookup(machines: string[]): Promise<EventLookup> {
    const found = await this.events.lookup(machines);
    if (found.reasons.size > 0) return found;
    await this.reasons.ensureDefaults();
    return this.events.lookup(machines);
  }

  private async context(manager: EntityManager): Promise<EventContext> {
    let reasons = await this.events.reasonRules(manager);
    // none at all: the factory's first events, before anyone listed its reasons
    if (reasons.size === 0) {
      await this.reasons.ensureDefaults(manager);
      reasons = await this.events.reasonRules(manager);
    }
    return { now: this.clock.now(), reasons };
  }

  private async usableMachine(key: string, manager: EntityManager): Promise<MachineRef> {
    const machine = (await this.events.findMachines([key], manager)).get(key);
    if (!machine)
      throw new DomainError(
        EQUIPMENT_ERRORS['machine.unknown'],
        `no machine ${key} / 设备 ${key} 不存在`,
        { machine: key },
        [{ field: 'machine', message: `no machine ${key} in this factory / 设备不存在` }],
      );
    if (!machine.active)
      throw new DomainError(
        EQUIPMENT_ERRORS['machine.inactive'],
        `machine ${key} is inactive / 设备已停用`,
        { machine: key },
        [{ field: 'machine', message: `machine ${key} is inactive / 设备已停用` }],
      );
    return machine;
  }
}

function assertBatchSize(received: number): void {
  if (received > MAX_EVENTS_PER_BATCH)
    throw new DomainError(
      EQUIPMENT_ERRORS['machine_event.too_many'],
      `at most ${MAX_EVENTS_PER_BATCH} events per request, ${received} sent / 每次最多 ${MAX_EVENTS_PER_BATCH} 个事件`,
      { max: MAX_EVENTS_PER_BATCH, received },
    );
}

function invalid(problems: EventProblem[]): DomainError {
  return new DomainError(
    EQUIPMENT_ERRORS['machine_event.invalid'],
    `${problems.length} problem(s) in the events; none was recorded / 事件有误，均未记录`,
    { invalid: problems.length },
    problems,
  );
}

/** A batch per machine as the events to check, each with its field (`states[2]`, `batch[1].counts[0]`). */
function sentOf(batch: MachineEventBatch[]): SentEvent[] {
  const single = batch.length === 1;
  // callers in process (the MQTT gateway) may pass on what a device sent: the lists are checked too
  const shape = batch.flatMap((b, m) =>
    batchShapeProblems({ states: b.states, counts: b.counts }, ['states', 'counts']).map((p) => ({
      ...p,
      field: single ? p.field : `batch[${m}].${p.field}`,
    })),
  );
  if (shape.length > 0) throw new ValidationFailedError(shape);
  return batch.flatMap((b, m): SentEvent[] => {
    const prefix = single ? '' : `batch[${m}].`;
    const machineField = `${prefix}machine`;
    return [
      ...(b.states ?? []).map((raw, i) => ({
        machine: b.machine,
        machineField,
        kind: 'state' as const,
        raw,
        field: `${prefix}states[${i}]`,
      })),
      ...(b.counts ?? []).map((raw, i) => ({
        machine: b.machine,
        machineField,
        kind: 'count' as const,
        raw,
        field: `${prefix}counts[${i}]`,
      })),
    ];
  });
}
