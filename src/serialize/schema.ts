/**
 * The JSON Schema (draft 2020-12) of the output, `Result` in src/types.ts.
 *
 * It is also the single source of the output's key order: `toYaml` and `toJson` write the keys of
 * every object in the order of `properties` below, which is the order of the types. Keep both in
 * step with src/types.ts, and the README's "Output fields" with the `description`s here (a test
 * checks that the README quotes every description).
 */
import { DOCUMENT_POSITION_FIELDS } from '../types.js';

/** The subset of JSON Schema this file uses. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  enum?: readonly (string | number | null)[];
  const?: string | number | null;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  examples?: readonly unknown[];
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** A date as ISO 8601: a full date, or only year and month, or only the year. */
const DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

const line: JsonSchema = {
  type: 'integer',
  minimum: 1,
  description: '1-based line in the input where the item starts.',
};

const column: JsonSchema = {
  type: 'integer',
  minimum: 1,
  description: '1-based column (UTF-16 code units) in that line where the item starts.',
};

const count: JsonSchema = {
  type: 'integer',
  minimum: 1,
  description: 'How many times the text mentions it.',
};

/** An administrative unit as a place's parent or successor names it. */
const UNIT_REF: Record<string, JsonSchema> = {
  code: { type: ['string', 'null'], description: 'The code of the unit, e.g. `91`; null when the table has none.' },
  unit: { type: 'string', description: 'The unit word, lower case, e.g. `tỉnh`.' },
  name: { type: 'string', description: 'The name of the unit without its unit word, e.g. `Kiên Giang`.' },
};

function fieldPosition(field: string): JsonSchema {
  return { $ref: '#/$defs/position', description: `Where \`document.${field}\` was found.` };
}

const schema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'vanban result',
  description:
    'What vanban extracts from one Vietnamese administrative text. Every item carries the line and column where it starts in the input.',
  type: 'object',
  additionalProperties: false,
  properties: {
    source: {
      description: 'The input: where it came from and how it was read.',
      type: 'object',
      additionalProperties: false,
      properties: {
        path: {
          type: 'string',
          description:
            'The path as given on the command line or to parseFile; `<stdin>` for standard input, `<input>` when parse() is given no path.',
        },
        format: {
          enum: ['text', 'markdown'],
          description: 'How the input was read: `text` (.txt, .text, no extension) or `markdown` (.md, .markdown).',
        },
        encoding: {
          type: 'string',
          description:
            'The encoding the input was decoded from, e.g. `utf-8`, `utf-16le` (`utf-16` when parse() is given a string).',
        },
        bytes: {
          type: 'integer',
          minimum: 0,
          description: 'The size of the input in bytes.',
        },
        language: {
          type: 'string',
          pattern: '^[a-z]{3}$',
          description: 'The language of the text as detected by franc, as an ISO 639-3 code (`vie`), or `und` when undetermined.',
        },
      },
    },

    document: {
      description: 'The document the text is, or the one it reports on.',
      type: 'object',
      additionalProperties: false,
      properties: {
        kind: {
          enum: ['official', 'news'],
          description:
            '`official` for the document itself (with its header, body and signature), `news` for a write-up that reports on one.',
        },
        type: {
          type: ['string', 'null'],
          description: 'The document type, e.g. `Công văn`, `Quyết định`, `Nghị quyết`; null when not found.',
        },
        number: {
          type: ['string', 'null'],
          description: 'The document number (số, ký hiệu) as written, e.g. `522-CV/HU`; null when not found.',
        },
        numberParts: {
          description: 'The number split into its parts; null when there is no number.',
          anyOf: [{ $ref: '#/$defs/numberParts' }, { type: 'null' }],
        },
        date: {
          type: ['string', 'null'],
          pattern: DATE_PATTERN,
          description: 'The date of issue as ISO 8601, e.g. `2023-03-20`; null when not found.',
        },
        place: {
          type: ['string', 'null'],
          description: 'The place of issue, written before the date in the header (e.g. `Hà Nội`); null when not found.',
        },
        issuer: {
          type: ['string', 'null'],
          description: 'The issuing body (cơ quan ban hành), e.g. `Ban Thường vụ Huyện ủy`; null when not found.',
        },
        issuerParent: {
          type: ['string', 'null'],
          description: 'The body the issuer belongs to, written above it in the header; null when absent.',
        },
        subject: {
          type: ['string', 'null'],
          description: 'The subject (trích yếu): what the document is about; null when not found.',
        },
        urgency: {
          type: ['string', 'null'],
          description: 'The urgency mark as written, e.g. `Khẩn`, `Hỏa tốc`; null when absent.',
        },
        signer: {
          description: 'Who signed the document; null when not found.',
          anyOf: [{ $ref: '#/$defs/signer' }, { type: 'null' }],
        },
        recipients: {
          type: 'array',
          description: 'The recipients (nơi nhận), in order; empty when not found.',
          items: {
            type: 'object',
            additionalProperties: false,
            properties: {
              line,
              column,
              name: { type: 'string', description: 'The recipient as written.' },
            },
          },
        },
        positions: {
          type: 'object',
          description:
            'Where each field of `document` above was found in the input; a field that was not found has no entry.',
          additionalProperties: false,
          required: [],
          properties: {
            ...Object.fromEntries(DOCUMENT_POSITION_FIELDS.map((field) => [field, fieldPosition(field)])),
          },
        },
      },
    },

    structure: {
      type: 'array',
      description:
        'The labelled divisions of an official text (Phần, Chương, Mục, Điều, khoản, điểm), in order; empty for news. `line`..`endLine` is a division\'s whole text.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: { enum: ['part', 'chapter', 'section', 'article', 'clause', 'point'], description: 'Which division.' },
          label: { type: 'string', description: 'The label as written, e.g. `Điều 2`, `Chương I`, `1`, `a`.' },
          title: { type: ['string', 'null'], description: 'The text after the label on its line (a heading or the first sentence).' },
          depth: { type: 'integer', minimum: 0, description: 'Nesting depth, 0 for the outermost division present.' },
          line,
          column,
          endLine: { type: 'integer', minimum: 1, description: 'The last input line the division covers.' },
        },
      },
    },

    references: {
      type: 'array',
      description: 'Other documents the text cites (văn bản dẫn chiếu), one entry per document, in order of first mention.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          number: {
            type: ['string', 'null'],
            description: 'The cited document number as written, e.g. `30/2020/NĐ-CP`; null when cited without one.',
          },
          numberParts: {
            description: 'The cited number split into its parts; null when there is no number.',
            anyOf: [{ $ref: '#/$defs/numberParts' }, { type: 'null' }],
          },
          type: {
            type: ['string', 'null'],
            description: 'The type of the cited document, e.g. `Nghị quyết`; null when not said.',
          },
          date: {
            type: ['string', 'null'],
            pattern: DATE_PATTERN,
            description: 'The date of the cited document as ISO 8601; null when not said.',
          },
          issuer: {
            type: ['string', 'null'],
            description: 'The body that issued the cited document; null when not said.',
          },
          title: {
            type: ['string', 'null'],
            description:
              'For a document cited without a number, its title, e.g. `Luật Tổ chức chính quyền địa phương`; otherwise null.',
          },
          text: { type: 'string', description: 'The first citation as written in the input.' },
          line,
          column,
          count,
        },
      },
    },

    tasks: {
      type: 'array',
      description: 'The tasks (nhiệm vụ) the text sets, in order.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: { type: 'string', description: 'The task as written.' },
          actors: {
            type: 'array',
            description: 'Who is to carry it out, as named in the text; empty when not said.',
            items: { type: 'string', description: 'A body or a person, as written.' },
          },
          deadline: {
            type: ['string', 'null'],
            pattern: DATE_PATTERN,
            description: 'The deadline as ISO 8601; null when there is none.',
          },
          deadlineText: {
            type: ['string', 'null'],
            description: 'The deadline as written; null when there is none.',
          },
          line,
          column,
        },
      },
    },

    projects: {
      type: 'array',
      description: 'The projects and works (dự án, công trình) the text names, in order, each phrase once.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', description: 'The name of the project.' },
          text: { type: 'string', description: 'The mention as written.' },
          kind: { type: 'string', description: 'What the text calls it, e.g. `dự án`, `khu di tích`.' },
          line,
          column,
        },
      },
    },

    places: {
      type: 'array',
      description: 'The place names (địa danh) the text mentions, one entry per place, in order of first mention.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            description: 'The name of the place without its unit word, e.g. `Vĩnh Thuận`; a bare number keeps it: `Phường 12`, `Quốc lộ 1A`.',
          },
          unit: {
            type: ['string', 'null'],
            description:
              'The kind of place written before the name, lower case, e.g. `huyện`, `xã`, `sông`, `đường` (`TP.` written out: `thành phố`); null when the text writes none, as in `Huyện ủy Gia Lâm` or `Hà Nội, ngày ...`.',
          },
          code: {
            type: ['string', 'null'],
            description:
              'The code (mã đơn vị hành chính) of the administrative unit the place resolves to in the bundled table, e.g. `31072` for xã Tân Thuận of huyện Vĩnh Thuận; null when it is not an administrative unit, the table does not know it or has no code for it, or the name stays ambiguous.',
          },
          era: {
            enum: ['2025', 'pre-2025', null],
            description:
              'Which set of units the code belongs to: `2025` for the units in force since 1 July 2025, `pre-2025` for those before (codes were reused: 44 is tỉnh Quảng Bình before, tỉnh Quảng Trị since); null when there is no code.',
          },
          parents: {
            type: 'array',
            description: 'The units above the resolved unit, nearest first (huyện, then tỉnh); empty when the place does not resolve.',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                ...UNIT_REF,
              },
            },
          },
          successors: {
            type: 'array',
            description:
              'For a unit from before 2025-07-01 (resolved by the document date), the current unit or units it became, with their parents; empty otherwise.',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                ...UNIT_REF,
                parents: {
                  type: 'array',
                  description: 'The units above it, nearest first.',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                      ...UNIT_REF,
                    },
                  },
                },
              },
            },
          },
          line,
          column,
          count,
          mentions: {
            type: 'array',
            description: 'Where each mention of the place starts, in order; the first is `line`, `column`.',
            items: { $ref: '#/$defs/position' },
          },
        },
      },
    },

    organizations: {
      type: 'array',
      description: 'The organizations (tổ chức) the text mentions, one entry per organization, in order of first mention.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            description:
              'The name of the organization in normal case, abbreviations written out, e.g. `Huyện ủy`, `Ủy ban nhân dân huyện Vĩnh Thuận`.',
          },
          level: {
            enum: ['trung ương', 'tỉnh', 'huyện', 'xã', null],
            description:
              'The level of government its name gives: `trung ương` (Bộ, Cục, Chính phủ), `tỉnh` (Sở, tỉnh, Tỉnh ủy), `huyện` (huyện, quận, Huyện ủy) or `xã` (xã, phường, thị trấn); null when the name does not say.',
          },
          place: {
            type: ['string', 'null'],
            description: 'The place name the text attaches to it, without the unit word, e.g. `Vĩnh Thuận`; null when none.',
          },
          line,
          column,
          count,
          mentions: {
            type: 'array',
            description: 'Where each mention starts, in order; the first is also given as `line` and `column`.',
            items: { $ref: '#/$defs/position' },
          },
        },
      },
    },

    people: {
      type: 'array',
      description: 'The people the text names, one entry per person, in order of first mention.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', description: 'The personal name, e.g. `Lê Ngọc Hoa`.' },
          title: {
            type: ['string', 'null'],
            description:
              'The title the text gives with the name, in normal case, e.g. `Phó Chủ tịch UBND huyện`; null when none.',
          },
          line,
          column,
          count,
        },
      },
    },

    periods: {
      type: 'array',
      description: 'The periods and terms (nhiệm kỳ, giai đoạn) the text names, in order.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: { type: 'string', description: 'The period as written, e.g. `nhiệm kỳ 2020-2025`.' },
          start: {
            type: 'string',
            pattern: DATE_PATTERN,
            description: 'Its start as ISO 8601, e.g. `2020`.',
          },
          end: {
            type: 'string',
            pattern: DATE_PATTERN,
            description: 'Its end as ISO 8601, e.g. `2025`.',
          },
          kind: {
            type: ['string', 'null'],
            description: 'What the text calls it, e.g. `nhiệm kỳ`, `kế hoạch 5 năm`; null when not said.',
          },
          line,
          column,
        },
      },
    },

    warnings: {
      type: 'array',
      description:
        'Problems found in the input (not errors of vanban), in order; the CLI also prints them on stderr.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          line,
          column,
          severity: { enum: ['error', 'warning', 'info'], description: 'How serious the problem is.' },
          rule: { type: 'string', description: 'A stable id of the check, e.g. `invalid-bytes`.' },
          message: { type: 'string', description: 'What is wrong, in English.' },
        },
      },
    },
  },

  $defs: {
    position: {
      type: 'object',
      description: 'A place in the input.',
      additionalProperties: false,
      properties: { line, column },
    },
    numberParts: {
      type: 'object',
      description: 'A document number split into its parts.',
      additionalProperties: false,
      properties: {
        serial: { type: 'string', description: 'The serial number, e.g. `522` in `522-CV/HU`.' },
        year: {
          type: ['string', 'null'],
          description: 'The year written in the number, e.g. `2020` in `30/2020/NĐ-CP`; null when it has none.',
        },
        typeCode: {
          type: ['string', 'null'],
          description: 'The code of the document type, e.g. `CV` in `522-CV/HU`; null when absent.',
        },
        bodyCode: {
          type: ['string', 'null'],
          description: 'The code of the issuing body, e.g. `HU` in `522-CV/HU`; null when absent.',
        },
      },
    },
    signer: {
      type: 'object',
      description: 'Who signed a document.',
      additionalProperties: false,
      properties: {
        authority: {
          type: ['string', 'null'],
          description: 'The signing authority (TM., KT., TL., T/M ...) with its body, e.g. `TM. Ban Thường vụ`; null when absent.',
        },
        title: { type: ['string', 'null'], description: 'The title of the signer, e.g. `Phó Bí thư`; null when not found.' },
        name: { type: ['string', 'null'], description: 'The name of the signer; null when not found.' },
      },
    },
  },
};

/**
 * A closed object (`additionalProperties: false`) requires every property it lists unless it says
 * `required` itself: the key lists are derived here rather than kept by hand beside `properties`.
 */
function requireAll(node: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && node.additionalProperties === false && node.required === undefined) {
      out.required = Object.keys(value as Record<string, JsonSchema>);
    }
    out[key] = walkSchema(value);
  }
  return out as JsonSchema;
}

function walkSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walkSchema);
  if (value !== null && typeof value === 'object') {
    return requireAll(value as JsonSchema);
  }
  return value;
}

export const outputSchema: JsonSchema = requireAll(schema);
