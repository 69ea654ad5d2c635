import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nine processes every factory had when the list was fixed in code, as they were then: written out here,
 * not imported from the domain, so that this migration inserts the same rows whatever the defaults become.
 */
const NINE: [code: string, nameZh: string, nameEn: string][] = [
  ['cutting', '开料', 'Cutting'],
  ['pressing', '冷压', 'Cold pressing'],
  ['edge_banding', '封边', 'Edge banding'],
  ['cnc', 'CNC', 'CNC machining'],
  ['sanding', '砂光', 'Sanding'],
  ['veneering', '贴皮', 'Veneering'],
  ['painting', '喷涂', 'Painting'],
  ['assembly', '组装', 'Assembly'],
  ['packing', '包装', 'Packing'],
];

/**
 * Processes (工序) become a per-factory list: a factory adds its own steps (精裁, 养生…), some with a minimum
 * wait before the next step. Every existing factory gets the nine its routes already name, in the same order;
 * factories created later get them from the splitting context on first use (ProcessesService).
 */
export class FactoryProcesses1764910000000 implements MigrationInterface {
  name = 'FactoryProcesses1764910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE process (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id        uuid NOT NULL REFERENCES factory (id),
        code              text NOT NULL,
        name_zh           text NOT NULL,
        name_en           text NOT NULL,
        min_wait_minutes  int NOT NULL DEFAULT 0 CHECK (min_wait_minutes >= 0),
        sort              int NOT NULL,
        active            boolean NOT NULL DEFAULT true,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT process_factory_code_uq UNIQUE (factory_id, code)
      )`);
    await db.query(`CREATE INDEX process_factory_sort_ix ON process (factory_id, sort, code)`);
    const values = NINE.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}, ${i + 1})`).join(', ');
    await db.query(
      `INSERT INTO process (factory_id, code, name_zh, name_en, sort)
       SELECT f.id, d.code, d.name_zh, d.name_en, d.sort
         FROM factory f CROSS JOIN (VALUES ${values}) AS d (code, name_zh, name_en, sort)
       ON CONFLICT (factory_id, code) DO NOTHING`,
      NINE.flat(),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE process`);
  }
}
