// STUB: the JSON Schema of the output.
export const outputSchema: Record<string, unknown> = { $schema: 'https://json-schema.org/draft/2020-12/schema' };
