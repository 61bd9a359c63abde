// STUB: to be replaced by the serialize stage (YAML, JSON, NDJSON, warnings report).
import type { Result } from '../types.js';
export function toYaml(result: Result, _options: { color?: boolean } = {}): string {
  return JSON.stringify(result, null, 2) + '\n';
}
export function toJson(result: Result, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(result, null, options.pretty ? 2 : 0);
}
