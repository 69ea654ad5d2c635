import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, FactorySql } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { DEFAULT_DOWNTIME_REASONS, reasonParentProblem, type ReasonNode } from './domain/downtime-reasons';
import type { CreateDowntimeReasonDto, UpdateDowntimeReasonDto } from './dto/downtime-reason.dto';
import { DowntimeReason } from './equipment.entities';
import { EQUIPMENT_ERRORS } from './equipment.errors';

/** A reason as the API answers it: every column but the factory, the caller's own. */
export type DowntimeReasonView = Omit<DowntimeReason, 'factoryId'>;

const toView = ({ factoryId: _factory, ...view }: DowntimeReason): DowntimeReasonView => view;

/**
 * The factory's downtime reason tree (停机原因). Codes are never deleted nor renamed, since events name them;
 * a reason no longer wanted is switched off (`active: false`) and the tablets stop offering it.
 */
@Injectable()
export class DowntimeReasonsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
  ) {}

  /** Every reason, in `sort` order (parents are listed before their children by construction). */
  async list(): Promise<DowntimeReasonView[]> {
    await this.ensureDefaults();
    const rows = await this.scope.repository(DowntimeReason).find({ order: { sort: 'ASC', code: 'ASC' } });
    return rows.map(toView);
  }

  async create(body: CreateDowntimeReasonDto): Promise<DowntimeReasonView> {
    return this.writing(async (manager, nodes) => {
      if (nodes.has(body.code))
        throw new DomainError(
          EQUIPMENT_ERRORS['downtime_reason.already_exists'],
          `downtime reason ${body.code} already exists / 停机原因编码已存在`,
          { code: body.code },
          [{ field: 'code', message: 'is taken in this factory / 该编码已被使用' }],
        );
      assertParent(body.code, body.parentCode ?? null, nodes);
      const reasons = this.scope.repository(DowntimeReason, manager);
      const last = await reasons.query('r').select('max(r.sort)', 'sort').getRawOne<{ sort: number | null }>();
      const row = reasons.create({
        code: body.code,
        parentCode: body.parentCode ?? null,
        nameZh: body.nameZh,
        nameEn: body.nameEn,
        appliesTo: body.appliesTo,
        loss: body.loss,
        active: body.active ?? true,
        sort: body.sort ?? (last?.sort ?? 0) + 1,
      });
      return toView(await reasons.save(row));
    });
  }

  /** A field left out stays as it is; `parentCode: null` makes it a root. */
  async update(code: string, body: UpdateDowntimeReasonDto): Promise<DowntimeReasonView> {
    return this.writing(async (manager, nodes) => {
      const reasons = this.scope.repository(DowntimeReason, manager);
      const row = await reasons.getBy({ code }, 'downtime reason', code, 'code');
      if (body.parentCode !== undefined) assertParent(code, body.parentCode, nodes);
      const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
      return toView(await reasons.save(Object.assign(row, changes)));
    });
  }

  /**
   * The default tree, the first time the factory's reasons are needed (like splitting's processes): factories
   * are made by the platform, which knows nothing of equipment. No reason is ever deleted, so none at all means
   * "never filled"; concurrent first uses meet at the primary key.
   */
  async ensureDefaults(manager?: EntityManager): Promise<void> {
    const [{ filled }] = await this.sql.query<{ filled: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM downtime_reason WHERE factory_id = $1) AS filled',
      [],
      manager,
    );
    if (filled) return;
    await this.sql.query(
      `INSERT INTO downtime_reason (factory_id, code, parent_code, name_zh, name_en, applies_to, loss, sort)
       SELECT $1, d.code, d.parent_code, d.name_zh, d.name_en, d.applies_to, d.loss, d.sort
         FROM jsonb_to_recordset($2::jsonb)
           AS d (code text, parent_code text, name_zh text, name_en text, applies_to text[], loss text, sort int)
        ORDER BY d.sort
       ON CONFLICT (factory_id, code) DO NOTHING`,
      [
        JSON.stringify(
          DEFAULT_DOWNTIME_REASONS.map((r, i) => ({
            code: r.code,
            parent_code: r.parentCode,
            name_zh: r.nameZh,
            name_en: r.nameEn,
            applies_to: r.appliesTo,
            loss: r.loss,
            sort: (i + 1) * 10,
          })),
        ),
      ],
      manager,
    );
  }

  /** Changes to the tree take turns per factory, so two re-parentings cannot make a cycle between them. */
  private writing<R>(work: (manager: EntityManager, nodes: Map<string, ReasonNode>) => Promise<R>): Promise<R> {
    return this.scope.transaction(async (manager) => {
      await this.sql.lock('downtime_reasons', manager);
      await this.ensureDefaults(manager);
      const rows = await this.scope
        .repository(DowntimeReason, manager)
        .find({ select: { code: true, parentCode: true } });
      return work(manager, new Map(rows.map((r) => [r.code, { code: r.code, parentCode: r.parentCode }])));
    });
  }
}

function assertParent(code: string, parentCode: string | null, nodes: Map<string, ReasonNode>): void {
  const problem = reasonParentProblem(code, parentCode, nodes);
  if (problem)
    throw new DomainError(EQUIPMENT_ERRORS['downtime_reason.invalid_parent'], problem, {}, [
      { field: 'parentCode', message: problem },
    ]);
}
