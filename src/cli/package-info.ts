/** What the CLI needs from package.json: the version, and where to report bugs if it says. */
import { readFileSync } from 'node:fs';

export interface PackageInfo {
  version: string;
  bugs: string | undefined;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  // Two levels up from both src/cli/ and dist/cli/.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
    bugs?: string | { url?: string };
  };
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  cached = { version: pkg.version ?? '0.0.0', bugs };
  return cached;
}
