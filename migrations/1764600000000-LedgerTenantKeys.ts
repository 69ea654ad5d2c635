import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger and the balances reference their item and locations together with the factory:
 * (factory_id, item_id) → item (factory_id, id), and so for locations. Postgres itself then refuses a
 * move of one factory's item into another factory's ledger, and a move costs one check per reference
 * instead of a separate one on the factory row too, which every concurrent scan had to lock.
 */
export class LedgerTenantKeys1764600000000 implements MigrationInterface {
  name = 'LedgerTenantKeys1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE item ADD CONSTRAINT item_factory_id_uq UNIQUE (factory_id, id)`);
    await db.query(`ALTER TABLE location ADD CONSTRAINT location_factory_id_uq UNIQUE (factory_id, id)`);
    await db.query(`
      ALTER TABLE stock_move
        DROP CONSTRAINT stock_move_factory_id_fkey,
        DROP CONSTRAINT stock_move_item_id_fkey,
        DROP CONSTRAINT stock_move_from_location_id_fkey,
        DROP CONSTRAINT stock_move_to_location_id_fkey,
        ADD CONSTRAINT stock_move_item_fk FOREIGN KEY (factory_id, item_id) REFERENCES item (factory_id, id),
        ADD CONSTRAINT stock_move_from_location_fk
          FOREIGN KEY (factory_id, from_location_id) REFERENCES location (factory_id, id),
        ADD CONSTRAINT stock_move_to_location_fk
          FOREIGN KEY (factory_id, to_location_id) REFERENCES location (factory_id, id)`);
    await db.query(`
      ALTER TABLE stock_balance
        DROP CONSTRAINT stock_balance_factory_id_fkey,
        DROP CONSTRAINT stock_balance_item_id_fkey,
        DROP CONSTRAINT stock_balance_location_id_fkey,
        ADD CONSTRAINT stock_balance_item_fk FOREIGN KEY (factory_id, item_id) REFERENCES item (factory_id, id),
        ADD CONSTRAINT stock_balance_location_fk
          FOREIGN KEY (factory_id, location_id) REFERENCES location (factory_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE stock_balance
        DROP CONSTRAINT stock_balance_item_fk,
        DROP CONSTRAINT stock_balance_location_fk,
        ADD CONSTRAINT stock_balance_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES factory (id),
        ADD CONSTRAINT stock_balance_item_id_fkey FOREIGN KEY (item_id) REFERENCES item (id),
        ADD CONSTRAINT stock_balance_location_id_fkey FOREIGN KEY (location_id) REFERENCES location (id)`);
    await db.query(`
      ALTER TABLE stock_move
        DROP CONSTRAINT stock_move_item_fk,
        DROP CONSTRAINT stock_move_from_location_fk,
        DROP CONSTRAINT stock_move_to_location_fk,
        ADD CONSTRAINT stock_move_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES factory (id),
        ADD CONSTRAINT stock_move_item_id_fkey FOREIGN KEY (item_id) REFERENCES item (id),
        ADD CONSTRAINT stock_move_from_location_id_fkey FOREIGN KEY (from_location_id) REFERENCES location (id),
        ADD CONSTRAINT stock_move_to_location_id_fkey FOREIGN KEY (to_location_id) REFERENCES location (id)`);
    await db.query(`ALTER TABLE location DROP CONSTRAINT location_factory_id_uq`);
    await db.query(`ALTER TABLE item DROP CONSTRAINT item_factory_id_uq`);
  }
}
