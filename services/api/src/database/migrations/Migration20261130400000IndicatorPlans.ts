import { Migration } from '@mikro-orm/migrations';

/**
 * Targets over time: an indicator's planned cumulative trajectory (from the programme definition) and
 * whether its target is a floor or a ceiling. Existing indicators get no plan and AT_LEAST; `hub init`
 * loads the definition's plans.
 */
export class Migration20261130400000IndicatorPlans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "indicator" add column "direction" text not null default 'AT_LEAST' constraint indicator_direction_check check ("direction" in ('AT_LEAST', 'AT_MOST')), add column "plan" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator" drop column "plan", drop column "direction";`);
  }
}
