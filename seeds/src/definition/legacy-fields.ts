import type { ProgrammeDefinition, SupportKind } from '../programme-definition.js';

type LegacyFields = 'supportActivities' | 'childcareActivity';

/**
 * TEMPORARY BRIDGE — delete when merging the layout-driven importer (branch `layouts`), which removes the
 * deprecated fields `partners[].fileKinds`, `supportActivities` and `childcareActivity`.
 *
 * Definition files do not carry those fields (the published schema leaves them out); until the code reading
 * them is gone, they are derived here, on load, from what replaced them: the layouts naming each partner,
 * `supportKinds[].activity`, and the childcare layout's `activity` (empty when the programme has none).
 */
export function legacyFieldsFromLayouts(
  definition: Omit<ProgrammeDefinition, LegacyFields | 'partners'> & {
    partners: Omit<ProgrammeDefinition['partners'][number], 'fileKinds'>[];
  },
): ProgrammeDefinition {
  return {
    ...definition,
    partners: definition.partners.map((partner) => ({
      ...partner,
      fileKinds: definition.fileLayouts.filter((layout) => layout.partner === partner.code).map((layout) => layout.kind) as never[],
    })),
    supportActivities: Object.fromEntries(definition.supportKinds.map((kind) => [kind.code, kind.activity])) as Record<SupportKind, string>,
    childcareActivity: definition.fileLayouts.find((layout) => layout.record === 'childcare')?.activity ?? '',
  };
}
