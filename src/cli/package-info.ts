/** What the CLI needs from package.json: the version, and where to report bugs if it says. */
import { readFileSync } from 'node:fs';
import { PACKAGE_JSON_URL } from '../paths.js';

export interface PackageInfo {
  version: string;
  bugs: string | undefined;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(PACKAGE_JSON_URL, 'utf8')) as {
    version?: string;
    bugs?: string | { url?: string };
  };
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  cached = { version: pkg.version ?? '0.0.0', bugs };
  return cached;
}
