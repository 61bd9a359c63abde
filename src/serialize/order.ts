/**
 * Puts the keys of every object of a result in the order of the schema (the order of the types),
 * whatever order the assemble stage built them in, so output is stable and readable. Keys the
 * schema does not know are kept, after the known ones. `undefined` values are dropped.
 */
import { outputSchema, type JsonSchema } from './schema.js';

function resolve(node: JsonSchema): JsonSchema {
  let current = node;
  for (let depth = 0; current.$ref && depth < 10; depth++) {
    const name = current.$ref.replace(/^#\/\$defs\//, '');
    const target = outputSchema.$defs?.[name];
    if (!target) break;
    current = target;
  }
  return current;
}

/** The branch of `node` that describes objects (or arrays), looking through `$ref` and `anyOf`. */
function branch(node: JsonSchema, want: 'properties' | 'items'): JsonSchema | undefined {
  const resolved = resolve(node);
  if (resolved[want]) return resolved;
  for (const option of resolved.anyOf ?? []) {
    const found = branch(option, want);
    if (found) return found;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function ordered(value: unknown, node: JsonSchema = outputSchema): unknown {
  if (Array.isArray(value)) {
    const items = branch(node, 'items')?.items ?? {};
    return value.map((item: unknown) => ordered(item, items));
  }
  if (isPlainObject(value)) {
    const properties = branch(node, 'properties')?.properties ?? {};
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(properties)) {
      if (Object.hasOwn(value, key) && value[key] !== undefined) out[key] = ordered(value[key], properties[key]);
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key) && value[key] !== undefined) out[key] = ordered(value[key], {});
    }
    return out;
  }
  return value;
}
