import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pick lists made before a shortage line carried what the run needs stored its quantity as 0 (the need was
 * only in `shortage`): such a line answers every issue of its item with pick_list.beyond_need, and a list
 * whose other lines are picked as complete. A shortage line's quantity is its shortage, as new lists store it.
 */
export class PickListShortageQuantities1764700000000 implements MigrationInterface {
  name = 'PickListShortageQuantities1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE pick_list_line SET quantity = shortage WHERE location_id IS NULL AND quantity = 0 AND shortage > 0`,
    );
  }

  async down(): Promise<void> {
    // nothing to undo: the old quantity 0 was a defect, not data, and which lines had it cannot be told apart
    // afterwards from lines made right; the schema is unchanged, so the previous migration's code runs on as is
  }
}
