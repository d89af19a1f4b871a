import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields a query asks for at `path` below the current field (`['edges', 'node']` for the nodes
 * of a connection), through fragments: lets a list skip columns nobody asked for.
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) =>
    n.selectionSet ? [n.selectionSet] : [],
  );
  for (const name of path) sets = sets.flatMap((set) => fieldsOf(info, set, name));
  const names = new Set<string>();
  for (const set of sets) collect(info, set, names);
  return names;
}

function fieldsOf(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  name: string,
): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      if (selection.name.value === name && selection.selectionSet) out.push(selection.selectionSet);
    } else if (selection.kind === 'InlineFragment') {
      out.push(...fieldsOf(info, selection.selectionSet, name));
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) out.push(...fieldsOf(info, fragment.selectionSet, name));
    }
  }
  return out;
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode, names: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === 'Field') names.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') collect(info, selection.selectionSet, names);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collect(info, fragment.selectionSet, names);
    }
  }
}
