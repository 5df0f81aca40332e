import { Migration } from '@mikro-orm/migrations';

/** Users, their server-side sessions, API tokens and the failed-login counters (issue 5). */
export class Migration20261123100000Auth extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "hub_user" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "password_hash" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'STEERING', 'PARTNER', 'EVALUATOR')) not null, "partner_code" varchar(20) null, "demo" boolean not null default false, "disabled_at" timestamptz null, constraint hub_user_partner_matches_role_check check ((role = 'PARTNER') = (partner_code is not null)));`);
    this.addSql(`alter table "hub_user" add constraint "hub_user_email_unique" unique ("email");`);
    this.addSql(`create table "user_session" ("id" uuid not null, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_index" on "user_session" ("user_id");`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "hub_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "api_token" ("id" serial primary key, "name" varchar(100) not null, "role" text check ("role" in ('ADMIN', 'STEERING', 'PARTNER', 'EVALUATOR')) not null, "partner_code" varchar(20) null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint api_token_partner_matches_role_check check ((role = 'PARTNER') = (partner_code is not null)));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "login_throttle" ("key" varchar(320) not null, "failures" int not null, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    for (const table of ['login_throttle', 'api_token', 'user_session', 'hub_user']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
