import { Migration } from '@mikro-orm/migrations';

/**
 * Record keys for the cell key method (analytics/perturbation/): every participant gets a secret random
 * integer in [0, 2^32), drawn by the database on insert so no import path can forget it. The bits come from
 * gen_random_uuid() (pg_strong_random), not random(), whose seeded generator an attacker could replay.
 * The attendance cube keeps the key sums of its participants (mod 2^32) next to their counts, so cube
 * answers perturb exactly as base-table answers do; its rows are rebuilt with the keys on the next refresh.
 */
export class Migration20261130100000PrivacyRecordKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "participant_new_record_key"() returns bigint language sql volatile as $$
      select ('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8))::bit(32)::bigint
    $$;`);
    this.addSql(`alter table "participant" add column "record_key" bigint not null default participant_new_record_key();`);
    this.addSql(`alter table "analytics_attendance_cube"
      add column "participants_key" bigint not null default 0,
      add column "active_key" bigint not null default 0;`);
    // Cube rows built before this migration carry no key sums: rebuild them on the next refresh.
    this.addSql(`update "analytics_rollup_state" set "dirty" = true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "analytics_attendance_cube" drop column "participants_key", drop column "active_key";`);
    this.addSql(`alter table "participant" drop column "record_key";`);
    this.addSql(`drop function "participant_new_record_key"();`);
  }
}
