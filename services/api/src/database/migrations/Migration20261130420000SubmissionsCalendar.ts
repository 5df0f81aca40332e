import { Migration } from '@mikro-orm/migrations';

/** The submissions calendar: the day of the following month by which partners owe a month's files. */
export class Migration20261130420000SubmissionsCalendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "programme" add column "submission_due_day" int not null default 10;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme" drop column "submission_due_day";`);
  }
}
