import type { Normalized, Token } from '../types.js';
export function tokenize(_n: Normalized): Token[] { return []; }
