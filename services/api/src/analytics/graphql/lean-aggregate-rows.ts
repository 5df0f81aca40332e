import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { AggregateKey, AggregateRowValue } from '../run-aggregate.js';

/** The fields of AggregateRow and DimensionKey the lean path writes (anything else: graphql-js executes the rows). */
const ROW_FIELDS = new Set(['keys', 'value', 'suppressed', '__typename']);
const KEY_FIELDS = new Set(['dimension', 'code', 'label', '__typename']);

type KeyField = 'dimension' | 'code' | 'label' | '__typename';
/** Response key and what it holds, in the order graphql-js would write them. */
type KeyProjection = [responseKey: string, field: KeyField][];
type RowProjection = [responseKey: string, field: 'value' | 'suppressed' | '__typename' | KeyProjection][];

/**
 * The rows of `aggregate` answers, written into the response without graphql-js completing them field
 * by field. graphql-js resolves and completes every field of every row (an info object, argument values
 * and a path per field): for the 2,000-row per-activity answer that cost ~25 times what building the
 * same objects directly costs, and more than the SQL. Everything else stays graphql-js's: the operation
 * is parsed, validated, limited and executed as usual, the `aggregate` resolver runs (authorisation,
 * arguments, errors) and only its rows are held back — it returns an empty list — and copied into the
 * response before it is sent, projected onto the selection (aliases, repeats and fragments merged as
 * graphql-js merges them). A selection the lean path does not cover (a directive, an unknown field, an
 * abstract fragment) is executed by graphql-js as before; the results are the same either way
 * (lean-aggregate-rows.test.ts compares them).
 */
export class LeanAggregateRows {
  private readonly held = new Map<string, AggregateRowValue[]>();

  constructor(private readonly projections: ReadonlyMap<string, RowProjection>) {}

  /** How many answers' rows are held for the response (tests prove the lean path was taken). */
  get heldAnswers(): number {
    return this.held.size;
  }

  /** What the `aggregate` resolver at this root response key returns: [] when its rows are held for the response, else the rows. */
  hold(responseKey: string, rows: AggregateRowValue[]): AggregateRowValue[] {
    if (!this.projections.has(responseKey) || rows.length === 0) return rows;
    // graphql-js would refuse a non-finite Float: such an answer is left to it, error and all.
    if (!rows.every((row) => row.value === null || Number.isFinite(row.value))) return rows;
    this.held.set(responseKey, rows);
    return [];
  }

  /** Writes the held rows into a finished response (unless execution ended without data). */
  writeInto(body: GraphQLResponse['body']): void {
    if (body.kind !== 'single') return;
    const data = body.singleResult.data as Record<string, unknown> | null | undefined;
    if (!data) return;
    for (const [responseKey, rows] of this.held) {
      const written = data[responseKey];
      if (!Array.isArray(written) || written.length !== 0) continue;
      data[responseKey] = projectRows(rows, this.projections.get(responseKey)!);
    }
  }
}

/**
 * True when a projection asks exactly what each row holds, in the same order and under the same names
 * (`keys { dimension code label } value suppressed`, the dashboard's fragment): the rows themselves are
 * then the response, as graphql-js would write it, and nothing is copied. Rows are built with exactly
 * these own properties (run-aggregate.ts) and never changed after (answers are shared through the cache).
 */
function isRowShape(projection: RowProjection): boolean {
  if (projection.length !== 3) return false;
  const [[keysName, keys], [valueName, value], [suppressedName, suppressed]] = projection as [RowProjection[number], RowProjection[number], RowProjection[number]];
  if (keysName !== 'keys' || !Array.isArray(keys) || valueName !== 'value' || value !== 'value' || suppressedName !== 'suppressed' || suppressed !== 'suppressed') return false;
  return keys.length === 3 && keys.every(([name, field], index) => name === field && field === ['dimension', 'code', 'label'][index]);
}

function projectRows(rows: readonly AggregateRowValue[], projection: RowProjection): readonly object[] {
  if (isRowShape(projection)) return rows;
  // Plain loops over arrays made once: per row no closure and no iterator (20,000-row answers).
  const names = projection.map(([responseKey]) => responseKey);
  const fields = projection.map(([, field]) => field);
  const out = new Array<Record<string, unknown>>(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    const written: Record<string, unknown> = {};
    for (let position = 0; position < fields.length; position += 1) {
      const field = fields[position]!;
      if (field === 'value') written[names[position]!] = row.value;
      else if (field === 'suppressed') written[names[position]!] = row.suppressed;
      else if (field === '__typename') written[names[position]!] = 'AggregateRow';
      else written[names[position]!] = projectKeys(row.keys, field);
    }
    out[index] = written;
  }
  return out;
}

function projectKeys(keys: readonly AggregateKey[], projection: KeyProjection): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(keys.length);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const written: Record<string, unknown> = {};
    for (let position = 0; position < projection.length; position += 1) {
      const [responseKey, field] = projection[position]!;
      written[responseKey] = field === '__typename' ? 'DimensionKey' : key[field];
    }
    out[index] = written;
  }
  return out;
}

interface CollectedField {
  name: string;
  selectionSets: SelectionSetNode[];
}

/**
 * The fields a selection set asks of an object type, by response key in first-seen order, their
 * sub-selections merged (graphql-js's CollectFields); null when it holds something the lean path leaves
 * to graphql-js: a directive, or a fragment on another type.
 */
function collectFields(
  selectionSets: readonly SelectionSetNode[],
  typeName: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  into = new Map<string, CollectedField>(),
): Map<string, CollectedField> | null {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) return null;
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        const collected = into.get(responseKey) ?? { name: selection.name.value, selectionSets: [] };
        if (selection.selectionSet) collected.selectionSets.push(selection.selectionSet);
        into.set(responseKey, collected);
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) return null;
      if (fragment.directives?.length || !collectFields([fragment.selectionSet], typeName, fragments, into)) return null;
    }
  }
  return into;
}

function rowProjection(selectionSets: SelectionSetNode[], fragments: ReadonlyMap<string, FragmentDefinitionNode>): RowProjection | null {
  const fields = collectFields(selectionSets, 'AggregateRow', fragments);
  if (!fields) return null;
  const projection: RowProjection = [];
  for (const [responseKey, field] of fields) {
    if (!ROW_FIELDS.has(field.name)) return null;
    if (field.name !== 'keys') {
      projection.push([responseKey, field.name as 'value' | 'suppressed' | '__typename']);
      continue;
    }
    const keyFields = collectFields(field.selectionSets, 'DimensionKey', fragments);
    if (!keyFields) return null;
    const keyProjection: KeyProjection = [];
    for (const [keyResponseKey, keyField] of keyFields) {
      if (!KEY_FIELDS.has(keyField.name)) return null;
      keyProjection.push([keyResponseKey, keyField.name as KeyField]);
    }
    projection.push([responseKey, keyProjection]);
  }
  return projection;
}

/** The root `aggregate` fields of a query whose rows the lean path can write, by response key. */
export function leanAggregateProjections(operation: OperationDefinitionNode, document: DocumentNode): Map<string, RowProjection> {
  const projections = new Map<string, RowProjection>();
  if (operation.operation !== 'query') return projections;
  const fragments = new Map(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
  );
  const root = collectFields([operation.selectionSet], 'Query', fragments);
  for (const [responseKey, field] of root ?? []) {
    if (field.name !== 'aggregate') continue;
    const projection = rowProjection(field.selectionSets, fragments);
    if (projection) projections.set(responseKey, projection);
  }
  return projections;
}

/** The context field the plugin sets and the `aggregate` resolver reads. */
export interface LeanAggregateRowsContext {
  leanAggregateRows?: LeanAggregateRows;
}

/** Sets up LeanAggregateRows for each query that asks `aggregate`, and writes the held rows before the response is sent. */
export function leanAggregateRowsPlugin<Context extends LeanAggregateRowsContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const projections = leanAggregateProjections(operation, document);
          if (projections.size > 0) contextValue.leanAggregateRows = new LeanAggregateRows(projections);
        },
        async willSendResponse({ response, contextValue }) {
          contextValue.leanAggregateRows?.writeInto(response.body);
        },
      };
    },
  };
}
