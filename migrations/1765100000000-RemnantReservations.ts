import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remnants (余料) a split run's plan cuts from are reserved for the run, so no other run plans the same piece; what
 * is issued for the run consumes its reservation (the ledger's issues name the run). A material requirement counts
 * remnants cut from apart from new bars and sheets (`stock_used`), which runs before this release never used.
 */
export class RemnantReservations1765100000000 implements MigrationInterface {
  name = 'RemnantReservations1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE remnant_reservation (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL REFERENCES factory (id),
        split_run_id  uuid NOT NULL,
        item_id       uuid NOT NULL,
        quantity      numeric NOT NULL CHECK (quantity > 0),
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT remnant_reservation_run_item_uq UNIQUE (factory_id, split_run_id, item_id),
        CONSTRAINT remnant_reservation_split_run_fk FOREIGN KEY (factory_id, split_run_id)
          REFERENCES split_run (factory_id, id),
        CONSTRAINT remnant_reservation_item_fk FOREIGN KEY (factory_id, item_id) REFERENCES item (factory_id, id)
      )`);
    await db.query(`CREATE INDEX remnant_reservation_item_idx ON remnant_reservation (factory_id, item_id)`);
    await db.query(`ALTER TABLE split_material ADD COLUMN remnants_used int NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE split_material DROP COLUMN remnants_used`);
    await db.query(`DROP TABLE remnant_reservation`);
  }
}
