import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, type FactoryScopedRepository, FactorySql } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { DEFAULT_PROCESSES, reorderProblems } from './domain/processes';
import type { CreateProcessDto, UpdateProcessDto } from './dto/process.dto';
import { Process } from './process.entity';
import { SPLITTING_ERRORS } from './splitting.errors';

/** A process as the API answers it: every column but the factory, which is the caller's own. */
export type ProcessView = Omit<Process, 'factoryId'>;

/** What a route check and the work orders need of a process, by its code. */
export interface ProcessInfo {
  nameZh: string;
  nameEn: string;
  minWaitMinutes: number;
  sort: number;
  active: boolean;
}

function toView({ factoryId: _factory, ...view }: Process): ProcessView {
  return view;
}

/**
 * The factory's processes (工序): the steps its routes name, in shop order. Codes are never deleted nor
 * renamed: saved model versions and past work orders name them.
 */
@Injectable()
export class ProcessesService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
  ) {}

  /** In `sort` order; the switched-off ones only when asked for. */
  async list(includeInactive = false): Promise<ProcessView[]> {
    await this.ensureDefaults();
    const rows = await this.scope
      .repository(Process)
      .find({ where: includeInactive ? {} : { active: true }, order: { sort: 'ASC', code: 'ASC' } });
    return rows.map(toView);
  }

  /** The factory's processes by code, active or not (a new model version may use only the active ones). */
  async catalogue(manager?: EntityManager): Promise<Map<string, ProcessInfo>> {
    await this.ensureDefaults(manager);
    const rows = await this.scope.repository(Process, manager).find({ order: { sort: 'ASC', code: 'ASC' } });
    return new Map(
      rows.map(({ code, nameZh, nameEn, minWaitMinutes, sort, active }) => [
        code,
        { nameZh, nameEn, minWaitMinutes, sort, active },
      ]),
    );
  }

  /** A new process at the end of the list; 409 `process.already_exists` when its code is taken, in any case. */
  async create(body: CreateProcessDto): Promise<ProcessView> {
    return this.writing(async (processes) => {
      const taken = await processes.query('p').andWhere('lower(p.code) = lower(:code)', { code: body.code }).getOne();
      if (taken) throw alreadyExists(body.code, taken.code);
      const last = await processes.query('p').select('max(p.sort)', 'sort').getRawOne<{ sort: number | null }>();
      const row = processes.create({
        code: body.code,
        nameZh: body.nameZh,
        nameEn: body.nameEn,
        minWaitMinutes: body.minWaitMinutes ?? 0,
        instructions: body.instructions ?? '',
        sort: (last?.sort ?? 0) + 1,
        active: true,
      });
      return toView(await processes.save(row));
    });
  }

  /** Names, minimum wait, instructions and whether new model versions may use it; a field left out stays as it is. */
  async update(code: string, body: UpdateProcessDto): Promise<ProcessView> {
    return this.writing(async (processes) => {
      const row = await processes.getBy({ code }, 'process', code, 'code');
      const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
      return toView(await processes.save(Object.assign(row, changes)));
    });
  }

  /** The new order of the whole list: each of the factory's codes exactly once (422 naming `codes` otherwise). */
  async reorder(codes: string[]): Promise<ProcessView[]> {
    await this.writing(async (processes, manager) => {
      const current = (await processes.find({ select: { code: true } })).map((p) => p.code);
      const problems = reorderProblems(current, codes);
      if (problems.length > 0) throw reorderMismatch(current, codes, problems);
      await this.sql.query(
        `UPDATE process p SET sort = o.n, updated_at = now()
           FROM unnest($2::text[]) WITH ORDINALITY AS o (code, n)
          WHERE p.factory_id = $1 AND p.code = o.code AND p.sort IS DISTINCT FROM o.n`,
        [codes],
        manager,
      );
    });
    return this.list(true);
  }

  /**
   * Changes to the list take turns per factory: a create reads the last place and the taken codes, a reorder
   * the whole list, and neither may see the other half done.
   */
  private writing<R>(
    work: (processes: FactoryScopedRepository<Process>, manager: EntityManager) => Promise<R>,
  ): Promise<R> {
    return this.scope.transaction(async (manager) => {
      await this.sql.lock('processes', manager);
      await this.ensureDefaults(manager);
      return work(this.scope.repository(Process, manager), manager);
    });
  }

  /**
   * A factory's nine defaults, the first time its list is needed. Why here and not when the factory is created:
   * factories are made by the platform (FactoriesService: CLI `factory:create`, the demo seed, tests), which may
   * not know the splitting context, and it has no hook for a new factory. Every way into the list passes through
   * here instead; the migration filled the factories that existed before. No process is ever deleted, so an
   * empty list means "never filled", and concurrent first uses meet at the unique key (ON CONFLICT DO NOTHING).
   */
  private async ensureDefaults(manager?: EntityManager): Promise<void> {
    const [{ filled }] = await this.sql.query<{ filled: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM process WHERE factory_id = $1) AS filled',
      [],
      manager,
    );
    if (filled) return;
    await this.sql.query(
      `INSERT INTO process (factory_id, code, name_zh, name_en, min_wait_minutes, sort)
       SELECT $1, d.code, d.name_zh, d.name_en, d.min_wait_minutes, d.sort
         FROM jsonb_to_recordset($2::jsonb) AS d (code text, name_zh text, name_en text, min_wait_minutes int, sort int)
       ON CONFLICT (factory_id, code) DO NOTHING`,
      [
        JSON.stringify(
          DEFAULT_PROCESSES.map((p, i) => ({
            code: p.code,
            name_zh: p.nameZh,
            name_en: p.nameEn,
            min_wait_minutes: p.minWaitMinutes,
            sort: i + 1,
          })),
        ),
      ],
      manager,
    );
  }
}

function alreadyExists(code: string, taken: string): DomainError {
  const same = code === taken ? '' : ` (as ${taken})`;
  return new DomainError(
    SPLITTING_ERRORS['process.already_exists'],
    `process ${code} already exists${same}; PATCH /processes/${taken} changes it / 工序编码已存在`,
    { code: taken },
    [{ field: 'code', message: `is taken in this factory${same} / 该工序编码已被使用` }],
  );
}

function reorderMismatch(
  current: string[],
  codes: string[],
  problems: ReturnType<typeof reorderProblems>,
): DomainError {
  const known = new Set(current);
  const listed = new Set(codes);
  return new DomainError(
    SPLITTING_ERRORS['process.reorder_mismatch'],
    `a reorder must list each of the factory's ${current.length} processes exactly once / 须将本厂全部工序各列一次`,
    {
      missing: current.filter((code) => !listed.has(code)),
      unknown: [...new Set(codes.filter((code) => !known.has(code)))],
      repeated: [...new Set(codes.filter((code, i) => known.has(code) && codes.indexOf(code) !== i))],
    },
    problems.map(({ field, message }) => ({ field, message })),
  );
}
