import { Migration } from '@mikro-orm/migrations';

/** API tokens may expire: `hub token create` gives them 90 days unless told otherwise. Existing tokens keep no expiry. */
export class Migration20261125010000ApiTokenExpiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_token" add column "expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" drop column "expires_at";`);
  }
}
