/**
 * Stage 5, extract: one small extractor per kind of item, each a pure function of the same
 * input (normalized text, tokens, sections). Items carry spans in normalized offsets.
 */
import type { Extracted } from '../types.js';
import type { ExtractInput } from './context.js';
import { extractDocument } from './document/index.js';
import { extractReferences } from './references.js';
import { extractTasks } from './tasks.js';
import { extractProjects } from './projects.js';
import { extractPlaces } from './places.js';
import { extractOrganizations } from './organizations.js';
import { extractPeople } from './people.js';
import { extractPeriods } from './periods.js';

export type { ExtractInput } from './context.js';

export function extract(input: ExtractInput): Extracted {
  const document = extractDocument(input);
  return {
    document,
    references: extractReferences(input, document.number?.span ?? null),
    tasks: extractTasks(input),
    projects: extractProjects(input),
    places: extractPlaces(input),
    organizations: extractOrganizations(input),
    people: extractPeople(input),
    periods: extractPeriods(input),
    diagnostics: [],
  };
}
