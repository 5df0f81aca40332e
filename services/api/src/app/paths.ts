import { fileURLToPath } from 'node:url';

/** The built dashboard (dashboard/dist), served at / by the hub. */
export const dashboardDistDir = fileURLToPath(new URL('../../../../dashboard/dist', import.meta.url));

/** The checked-in SDL file. */
export const schemaFilePath = fileURLToPath(new URL('../../../../schema/schema.graphql', import.meta.url));
