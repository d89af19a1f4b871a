import {
  type FieldNode,
  type FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The fields a query asks for at `path` below the current field (`['edges', 'node']` for the nodes
 * of a connection), through fragments: lets a list skip columns nobody asked for.
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  return requestedFieldsOf(info.fieldNodes, info.fragments, path);
}

/** `requestedFields` for given field nodes (those of one response key) and the document's fragments. */
export function requestedFieldsOf(
  fieldNodes: readonly FieldNode[],
  fragments: Fragments,
  path: readonly string[] = [],
): Set<string> {
  let sets: SelectionSetNode[] = fieldNodes.flatMap((n) =>
    n.selectionSet ? [n.selectionSet] : [],
  );
  for (const name of path) sets = sets.flatMap((set) => fieldsOf(fragments, set, name));
  const names = new Set<string>();
  for (const set of sets) collect(fragments, set, names);
  return names;
}

/**
 * The field nodes named `name` that the query asks for directly below the current field, through
 * fragments, grouped by response key (a roster asks `score` once per period, under aliases): each
 * group is what graphql-js executes as one field of each parent.
 */
export function requestedFieldNodes(info: GraphQLResolveInfo, name: string): FieldNode[][] {
  const byKey = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== name) continue;
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet);
  return [...byKey.values()];
}

/**
 * Whether the query asks for the field `name` directly below the current field, as executed: an
 * `@include(if: false)` or `@skip(if: true)` on the field leaves it out. Directives on a fragment
 * that holds it are not weighed (it counts as asked), so a caller may only do a little work for
 * nothing, never miss a field.
 */
export function fieldIncluded(info: GraphQLResolveInfo, name: string): boolean {
  return requestedFieldNodes(info, name).some((nodes) =>
    nodes.some(
      (node) =>
        getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true &&
        getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false,
    ),
  );
}

function fieldsOf(fragments: Fragments, set: SelectionSetNode, name: string): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      if (selection.name.value === name && selection.selectionSet) out.push(selection.selectionSet);
    } else if (selection.kind === 'InlineFragment') {
      out.push(...fieldsOf(fragments, selection.selectionSet, name));
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) out.push(...fieldsOf(fragments, fragment.selectionSet, name));
    }
  }
  return out;
}

function collect(fragments: Fragments, set: SelectionSetNode, names: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === 'Field') names.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') collect(fragments, selection.selectionSet, names);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragments, fragment.selectionSet, names);
    }
  }
}
