import { Injectable } from '@nestjs/common';
import { FactoryScope, FactorySql } from '@mendao/platform';
import { DEFAULT_SCRAP_REASONS } from './domain/scrap-reasons';
import { ScrapReason } from './production.entities';

export interface ScrapReasonView {
  code: string;
  nameZh: string;
  nameEn: string;
  sort: number;
  active: boolean;
}

/**
 * The factory's scrap reasons (报废原因). Seeded on first use, as splitting seeds its processes: factories are made
 * by the platform, which knows no production; the migration filled the factories that existed before it.
 */
@Injectable()
export class ScrapReasonsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
  ) {}

  async list(): Promise<ScrapReasonView[]> {
    await this.ensureDefaults();
    const rows = await this.scope
      .repository(ScrapReason)
      .find({ where: { active: true }, order: { sort: 'ASC', code: 'ASC' } });
    return rows.map(({ code, nameZh, nameEn, sort, active }) => ({ code, nameZh, nameEn, sort, active }));
  }

  async isActive(code: string): Promise<boolean> {
    await this.ensureDefaults();
    return (await this.scope.repository(ScrapReason).findOneBy({ code, active: true })) !== null;
  }

  private async ensureDefaults(): Promise<void> {
    const [{ filled }] = await this.sql.query<{ filled: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM scrap_reason WHERE factory_id = $1) AS filled',
    );
    if (filled) return;
    await this.sql.query(
      `INSERT INTO scrap_reason (factory_id, code, name_zh, name_en, sort)
       SELECT $1, r.code, r.name_zh, r.name_en, r.sort
         FROM jsonb_to_recordset($2::jsonb) AS r (code text, name_zh text, name_en text, sort int)
       ON CONFLICT (factory_id, code) DO NOTHING`,
      [
        JSON.stringify(
          DEFAULT_SCRAP_REASONS.map((r, i) => ({ code: r.code, name_zh: r.nameZh, name_en: r.nameEn, sort: i + 1 })),
        ),
      ],
    );
  }
}
