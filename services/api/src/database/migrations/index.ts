import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Initial } from './Migration20261123000000Initial.js';
import { Migration20261123010000ImportMappings } from './Migration20261123010000ImportMappings.js';
import { Migration20261123100000Auth } from './Migration20261123100000Auth.js';
import { Migration20261123200000AnalyticsRollups } from './Migration20261123200000AnalyticsRollups.js';
import { Migration20261124000000AnalyticsCubes } from './Migration20261124000000AnalyticsCubes.js';
import { Migration20261125000000AnalyticsDataVersion } from './Migration20261125000000AnalyticsDataVersion.js';
import { Migration20261125010000ApiTokenExpiry } from './Migration20261125010000ApiTokenExpiry.js';
import { Migration20261130100000PrivacyRecordKeys } from './Migration20261130100000PrivacyRecordKeys.js';
import { Migration20261130510000PartnerFileLayouts } from './Migration20261130510000PartnerFileLayouts.js';
import { Migration20261130300000Corrections } from './Migration20261130300000Corrections.js';
import { Migration20261130520000SupportKinds } from './Migration20261130520000SupportKinds.js';
import { Migration20261130400000IndicatorPlans } from './Migration20261130400000IndicatorPlans.js';
import { Migration20261130530000ProgrammeGrants } from './Migration20261130530000ProgrammeGrants.js';
import { Migration20261130410000PeriodApprovals } from './Migration20261130410000PeriodApprovals.js';
import { Migration20261130420000SubmissionsCalendar } from './Migration20261130420000SubmissionsCalendar.js';
import { Migration20261130500000AnalyticsIncremental } from './Migration20261130500000AnalyticsIncremental.js';
import { Migration20261201310000AnalyticsRegisterCube } from './Migration20261201310000AnalyticsRegisterCube.js';
import { Migration20261201320000AnalyticsVersionNotices } from './Migration20261201320000AnalyticsVersionNotices.js';

/** The checked-in migration chain, in order. Schema changes happen only through these. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000Initial', class: Migration20261123000000Initial },
  { name: 'Migration20261123010000ImportMappings', class: Migration20261123010000ImportMappings },
  { name: 'Migration20261123100000Auth', class: Migration20261123100000Auth },
  { name: 'Migration20261123200000AnalyticsRollups', class: Migration20261123200000AnalyticsRollups },
  { name: 'Migration20261124000000AnalyticsCubes', class: Migration20261124000000AnalyticsCubes },
  { name: 'Migration20261125000000AnalyticsDataVersion', class: Migration20261125000000AnalyticsDataVersion },
  { name: 'Migration20261125010000ApiTokenExpiry', class: Migration20261125010000ApiTokenExpiry },
  { name: 'Migration20261130100000PrivacyRecordKeys', class: Migration20261130100000PrivacyRecordKeys },
  { name: 'Migration20261130300000Corrections', class: Migration20261130300000Corrections },
  { name: 'Migration20261130400000IndicatorPlans', class: Migration20261130400000IndicatorPlans },
  { name: 'Migration20261130410000PeriodApprovals', class: Migration20261130410000PeriodApprovals },
  { name: 'Migration20261130420000SubmissionsCalendar', class: Migration20261130420000SubmissionsCalendar },
  { name: 'Migration20261130500000AnalyticsIncremental', class: Migration20261130500000AnalyticsIncremental },
  { name: 'Migration20261130510000PartnerFileLayouts', class: Migration20261130510000PartnerFileLayouts },
  { name: 'Migration20261130520000SupportKinds', class: Migration20261130520000SupportKinds },
  { name: 'Migration20261130530000ProgrammeGrants', class: Migration20261130530000ProgrammeGrants },
  { name: 'Migration20261201310000AnalyticsRegisterCube', class: Migration20261201310000AnalyticsRegisterCube },
  { name: 'Migration20261201320000AnalyticsVersionNotices', class: Migration20261201320000AnalyticsVersionNotices },
];
