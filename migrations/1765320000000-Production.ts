import { MigrationInterface, QueryRunner } from 'typeorm';

/** The scrap reasons every factory starts with (code, 中文, English), in the order the station offers them. */
const SCRAP_REASONS: [string, string, string][] = [
  ['size_error', '尺寸超差', 'Out of tolerance'],
  ['edge_chipping', '崩边', 'Edge chipping'],
  ['surface_damage', '表面划伤/压痕', 'Surface scratch or dent'],
  ['delamination', '开胶/脱层', 'Delamination'],
  ['glue_defect', '溢胶/缺胶', 'Glue defect'],
  ['material_defect', '板材缺陷', 'Material defect'],
  ['machining_error', '加工错误', 'Machining error'],
  ['paint_defect', '漆面缺陷', 'Paint defect'],
  ['wrong_part', '错料', 'Wrong part'],
  ['other', '其他', 'Other'],
];

/**
 * Issue 16, production tracking (报工): the runs released to the shop floor, each released work order's status and
 * reported quantities (a copy of the work order made at release, so production owns what it changes), every report
 * (one per scanId, with its first answer for replays), and the factory's scrap reasons.
 */
export class Production1765320000000 implements MigrationInterface {
  name = 'Production1765320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE production_run (
        factory_id    uuid NOT NULL REFERENCES factory (id),
        split_run_id  uuid NOT NULL,
        released_at   timestamptz NOT NULL,
        released_by   text,
        CONSTRAINT production_run_pk PRIMARY KEY (factory_id, split_run_id),
        CONSTRAINT production_run_split_run_fk FOREIGN KEY (factory_id, split_run_id) REFERENCES split_run (factory_id, id)
      )`);
    await db.query(`
      CREATE TABLE production_work_order (
        id                uuid PRIMARY KEY,
        factory_id        uuid NOT NULL REFERENCES factory (id),
        split_run_id      uuid NOT NULL,
        code              text NOT NULL,
        process           text NOT NULL,
        sequence          int NOT NULL,
        planned_quantity  int NOT NULL CHECK (planned_quantity >= 0),
        good              int NOT NULL DEFAULT 0 CHECK (good >= 0),
        scrap             int NOT NULL DEFAULT 0 CHECK (scrap >= 0),
        status            text NOT NULL CHECK (status IN ('released', 'in_progress', 'on_hold', 'done')),
        held_from         text CHECK (held_from IN ('released', 'in_progress')),
        hold_reason       text,
        short_reason      text,
        order_ids         uuid[] NOT NULL,
        parts             jsonb NOT NULL,
        released_at       timestamptz NOT NULL,
        started_at        timestamptz,
        finished_at       timestamptz,
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT production_work_order_factory_id_uq UNIQUE (factory_id, id),
        CONSTRAINT production_work_order_run_fk FOREIGN KEY (factory_id, split_run_id)
          REFERENCES production_run (factory_id, split_run_id),
        CONSTRAINT production_work_order_run_sequence_uq UNIQUE (factory_id, split_run_id, sequence),
        -- a scanned code names one work order: a release whose run prefix clashes takes a longer one
        CONSTRAINT production_work_order_code_uq UNIQUE (factory_id, code),
        -- the over-report refusal's last line: a conditional update never lets two reports pass it together
        CONSTRAINT production_work_order_reported_ck CHECK (good + scrap <= planned_quantity),
        CONSTRAINT production_work_order_hold_ck CHECK ((status = 'on_hold') = (held_from IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX production_work_order_status_ix ON production_work_order (factory_id, status, released_at, id)`,
    );
    await db.query(
      `CREATE INDEX production_work_order_list_ix ON production_work_order (factory_id, released_at DESC, id DESC)`,
    );
    await db.query(`
      CREATE TABLE production_report (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id     uuid NOT NULL REFERENCES factory (id),
        scan_id        uuid NOT NULL,
        work_order_id  uuid NOT NULL,
        process        text NOT NULL,
        action         text NOT NULL CHECK (action IN ('start', 'report', 'finish')),
        good           int NOT NULL DEFAULT 0 CHECK (good >= 0),
        scrap          int NOT NULL DEFAULT 0 CHECK (scrap >= 0),
        scrap_reason   text,
        short_reason   text,
        machine        text,
        note           text,
        line_id        uuid,
        door_no        int,
        username       text,
        at             timestamptz NOT NULL,
        answer         jsonb,
        CONSTRAINT production_report_scan_uq UNIQUE (factory_id, scan_id),
        CONSTRAINT production_report_work_order_fk FOREIGN KEY (factory_id, work_order_id)
          REFERENCES production_work_order (factory_id, id),
        CONSTRAINT production_report_door_ck CHECK ((line_id IS NULL) = (door_no IS NULL))
      )`);
    await db.query(`CREATE INDEX production_report_work_order_ix ON production_report (factory_id, work_order_id, at)`);
    await db.query(`
      CREATE TABLE scrap_reason (
        factory_id  uuid NOT NULL REFERENCES factory (id),
        code        text NOT NULL,
        name_zh     text NOT NULL,
        name_en     text NOT NULL,
        sort        int NOT NULL,
        active      boolean NOT NULL DEFAULT true,
        CONSTRAINT scrap_reason_pk PRIMARY KEY (factory_id, code)
      )`);
    // the factories that exist now; a factory made later gets them on first use (ScrapReasonsService)
    await db.query(
      `INSERT INTO scrap_reason (factory_id, code, name_zh, name_en, sort)
       SELECT f.id, r.code, r.name_zh, r.name_en, r.sort
         FROM factory f
        CROSS JOIN jsonb_to_recordset($1::jsonb) AS r (code text, name_zh text, name_en text, sort int)`,
      [JSON.stringify(SCRAP_REASONS.map(([code, zh, en], i) => ({ code, name_zh: zh, name_en: en, sort: i + 1 })))],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE scrap_reason`);
    await db.query(`DROP TABLE production_report`);
    await db.query(`DROP TABLE production_work_order`);
    await db.query(`DROP TABLE production_run`);
  }
}
