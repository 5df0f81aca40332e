import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Depth of an operation: `{ programmes { code } }` is 2. Fragments count where they are spread;
 * the introspection fields (__schema, __type) are left out — they are bounded by the schema and
 * only signed-in callers may use them.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): number {
  const depthOf = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // Validation has already refused fragment cycles; this only must not recurse forever.
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, visiting));
        visiting.delete(name);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}
