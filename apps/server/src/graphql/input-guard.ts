import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
  GraphQLID,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { BadInputError } from './errors.js';

/** Every `ID` in this API is a UUID (primary keys are generated with `randomUUID()`). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** NUL, which PostgreSQL text cannot hold, and UTF-16 halves without their pair, which UTF-8 cannot. */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Problem = { field: string; kind: 'id' | 'text' };

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Any string anywhere in a value (JSON scalars included, keys too) that PostgreSQL cannot store. */
function unstorableIn(value: unknown, path: string): Problem | null {
  if (typeof value === 'string')
    return UNSTORABLE.test(value) ? { field: path, kind: 'text' } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableIn(value[i], join(path, i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return { field: join(path, key), kind: 'text' };
      const found = unstorableIn(inner, join(path, key));
      if (found) return found;
    }
  }
  return null;
}

/** Checks a runtime value (a variable's, or a literal turned into one) against its input type. */
function checkValue(value: unknown, type: GraphQLInputType, path: string): Problem | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path);
  if (isListType(type)) {
    // A single value where a list is expected is coerced to a list of one (GraphQL spec).
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const found = checkValue(items[i], type.ofType, Array.isArray(value) ? join(path, i) : path);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null; // graphql-js says why
    const fields = type.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (!field) continue; // graphql-js refuses unknown fields itself
      const found = checkValue(inner, field.type, join(path, key));
      if (found) return found;
    }
    return null;
  }
  if (getNamedType(type) === GraphQLID && (typeof value === 'string' || typeof value === 'number'))
    return UUID.test(String(value)) ? null : { field: path, kind: 'id' };
  return unstorableIn(value, path);
}

/** A literal's value, with the request's variables put in where the document uses them. */
function literalValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.NULL:
      return null;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => literalValue(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((f) => [f.name.value, literalValue(f.value, variables)]),
      );
  }
}

type ArgumentCheck = { name: string; type: GraphQLInputType; value: ValueNode };

/** Per schema, per operation or fragment node: Apollo keeps a document once parsed, nodes and all. */
const argumentsOf = new WeakMap<GraphQLSchema, WeakMap<ASTNode, readonly ArgumentCheck[]>>();

/**
 * Every argument under `node` with its input type, found once per parsed document: walking the
 * document with its types on every request was about 3 % of a small query's server time.
 */
function argumentChecks(node: ASTNode, schema: GraphQLSchema): readonly ArgumentCheck[] {
  let bySchema = argumentsOf.get(schema);
  if (!bySchema) argumentsOf.set(schema, (bySchema = new WeakMap()));
  let checks = bySchema.get(node);
  if (!checks) {
    const found: ArgumentCheck[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Argument(arg) {
          const definition = typeInfo.getArgument();
          if (definition)
            found.push({ name: arg.name.value, type: definition.type, value: arg.value });
          return false;
        },
      }),
    );
    bySchema.set(node, (checks = found));
  }
  return checks;
}

function firstProblem(
  node: ASTNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): Problem | null {
  for (const check of argumentChecks(node, schema)) {
    const problem = checkValue(literalValue(check.value, variables), check.type, check.name);
    if (problem) return problem;
  }
  return null;
}

function refusal(problem: Problem): BadInputError {
  const error =
    problem.kind === 'id'
      ? new BadInputError(
          `“${problem.field}”不是有效的编号`,
          `“${problem.field}” is not a valid ID (a UUID)`,
          problem.field,
        )
      : new BadInputError(
          `“${problem.field}”含有无法保存的字符（如空字符 \\0）`,
          `“${problem.field}” contains a character that cannot be stored (such as NUL, \\0)`,
          problem.field,
        );
  // A request error: nothing ran, so HTTP says so too.
  error.extensions['http'] = { status: 400 };
  return error;
}

/**
 * Checks every argument of every operation at the edge, before any resolver runs: an `ID` that is
 * not a UUID, or a string holding a character PostgreSQL cannot store, is refused with
 * BAD_USER_INPUT naming the argument (`branchId`, `input.memberIds[2]`). New operations get this
 * without doing anything: it reads the schema, not a list of resolvers.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // graphql-js answers a missing operation itself
          const variables = request.variables ?? {};
          // The operation, and the fragments it may spread (they hold arguments too).
          const nodes = [
            operation,
            ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
          ];
          for (const node of nodes) {
            const problem = firstProblem(node, schema, variables);
            if (problem) throw refusal(problem);
          }
        },
      };
    },
  };
}
