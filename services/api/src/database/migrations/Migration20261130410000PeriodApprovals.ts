import { Migration } from '@mikro-orm/migrations';

/** The steering committee's approvals: one row per programme, partner and approved (locked) month. */
export class Migration20261130410000PeriodApprovals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "period_approval" ("id" serial primary key, "programme_id" int not null, "partner_id" int not null, "month" varchar(7) not null, "approved_at" timestamptz not null default now(), "approved_by" varchar(200) not null, constraint period_approval_month_check check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'));`);
    this.addSql(`alter table "period_approval" add constraint "period_approval_partner_month_unique" unique ("programme_id", "partner_id", "month");`);
    this.addSql(`alter table "period_approval" add constraint "period_approval_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "period_approval" add constraint "period_approval_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "period_approval";`);
  }
}
