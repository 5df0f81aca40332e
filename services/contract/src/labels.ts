/** A label in both languages the hub speaks: Polish (exports, the API's labels) and English (the dashboard's second language). */
export interface Label {
  pl: string;
  en: string;
}

/** Codes with their labels, in display order (the order charts and tables use). */
export type CodeLabels<Code extends string> = Readonly<Record<Code, Label>>;

/** The codes of a label table, in its display order. */
export function codesOf<Code extends string>(labels: CodeLabels<Code>): readonly Code[] {
  return Object.keys(labels) as Code[];
}

/** The codes as an enum-like object (`Sex.FEMALE === 'FEMALE'`), for GraphQL and ORM enum registries. */
export function codeEnum<Code extends string>(codes: readonly Code[]): { readonly [K in Code]: K } {
  return Object.fromEntries(codes.map((code) => [code, code])) as { readonly [K in Code]: K };
}
