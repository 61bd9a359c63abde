/** Whether, and how richly, to colour the output: the `--no-color` flag, then the environment. */

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorStream {
  isTTY?: boolean;
  getColorDepth?: () => number;
}

/**
 * `--no-color` wins; then FORCE_COLOR (`0`/`false` off, `1`/`2`/`3`/`true`/empty on, even when not
 * a terminal); then NO_COLOR (any non-empty value: off); then colour only on a terminal that is not
 * `TERM=dumb`.
 */
export function colorLevel(
  enabled: boolean,
  env: Record<string, string | undefined>,
  stream: ColorStream,
): ColorLevel {
  if (!enabled) return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    if (Number.isNaN(level)) return 1;
    return Math.max(0, Math.min(level, 3)) as ColorLevel;
  }
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return 0;
  if (!stream.isTTY || env['TERM'] === 'dumb') return 0;
  const depth = stream.getColorDepth?.() ?? 4;
  if (depth >= 24) return 3;
  if (depth >= 8) return 2;
  return depth >= 4 ? 1 : 0;
}
