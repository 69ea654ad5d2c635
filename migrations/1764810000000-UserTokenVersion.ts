import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's credential version, carried in each token as `ver`: a password reset, a deactivation or a role
 * change bumps it, and every token signed before then is refused at its next request (auth.session_ended).
 * Tokens signed before this migration carry no `ver` and end at once: everyone signs in again, once.
 */
export class UserTokenVersion1764810000000 implements MigrationInterface {
  name = 'UserTokenVersion1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "user" ADD COLUMN token_version int NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "user" DROP COLUMN token_version`);
  }
}
