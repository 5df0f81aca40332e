import { Migration } from '@mikro-orm/migrations';

/**
 * Users and API tokens are granted per programme. Existing accounts keep what they could do: ADMINs
 * become ADMINs of the whole hub, every other account is granted each programme that exists now (a
 * PARTNER only those where its partner is a partner).
 */
export class Migration20261130530000ProgrammeGrants extends Migration {
  override async up(): Promise<void> {
    for (const table of ['hub_user', 'api_token']) {
      this.addSql(`alter table "${table}" add column "all_programmes" boolean not null default false;`);
      this.addSql(`alter table "${table}" add constraint ${table}_all_programmes_admin_check check (not all_programmes or role = 'ADMIN');`);
      this.addSql(`update "${table}" set "all_programmes" = true where "role" = 'ADMIN';`);
    }
    this.addSql(`create table "programme_grant" ("id" serial primary key, "programme_id" int not null, "user_id" int null, "api_token_id" int null, "created_at" timestamptz not null default now(), constraint programme_grant_holder_check check ((user_id is null) <> (api_token_id is null)));`);
    this.addSql(`create index "programme_grant_programme_index" on "programme_grant" ("programme_id");`);
    this.addSql(`alter table "programme_grant" add constraint "programme_grant_user_unique" unique ("user_id", "programme_id");`);
    this.addSql(`alter table "programme_grant" add constraint "programme_grant_token_unique" unique ("api_token_id", "programme_id");`);
    this.addSql(`alter table "programme_grant" add constraint "programme_grant_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme_grant" add constraint "programme_grant_user_id_foreign" foreign key ("user_id") references "hub_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme_grant" add constraint "programme_grant_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on update cascade on delete cascade;`);
    for (const [table, column] of [['hub_user', 'user_id'], ['api_token', 'api_token_id']] as const) {
      this.addSql(
        `insert into "programme_grant" ("programme_id", "${column}")
         select p.id, a.id from "programme" p join "${table}" a on a.role <> 'ADMIN'
          where a.role <> 'PARTNER' or exists (select 1 from "partner" pa where pa.programme_id = p.id and pa.code = a.partner_code)
          order by a.id, p.id;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "programme_grant";`);
    for (const table of ['hub_user', 'api_token']) {
      this.addSql(`alter table "${table}" drop constraint ${table}_all_programmes_admin_check;`);
      this.addSql(`alter table "${table}" drop column "all_programmes";`);
    }
  }
}
