/**
 * The types every stage of the pipeline shares.
 *
 * POSITION CONVENTION (the one place it is defined):
 * - Inside the pipeline, a position is an offset into the *normalized* text (`Normalized.text`):
 *   0-based, counted in UTF-16 code units (JavaScript string indices). A `Span` is the half-open
 *   range `[start, end)` of such offsets.
 * - The normalize stage owns an `OffsetMap` from normalized offsets back to offsets in the
 *   *decoded input* (the file's text after decoding, before any normalization).
 * - Everything a user sees (`line`, `column` on output items and warnings) is 1-based and refers to
 *   the decoded input: lines end at LF, CRLF or CR; the column counts UTF-16 code units from the
 *   start of the line (for Vietnamese text, one per character as written; an NFD input counts each
 *   combining mark as written). This matches what editors and `path:line:column` reporters show.
 */

export interface Span {
  start: number;
  end: number;
}

/** A position in the decoded input, as shown to users. */
export interface Point {
  /** 1-based line in the input. */
  line: number;
  /** 1-based column (UTF-16 code units) in that line. */
  column: number;
  /** 0-based offset into the decoded input text. */
  offset: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A message about the input, carried as data. Stages from normalize on locate it by `span`
 * (normalized offsets); the decode stage, which has no normalized text yet, by `inputOffset`.
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  span?: Span;
  inputOffset?: number;
}

// ---------------------------------------------------------------------------------------------
// decode

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface DecodeOptions {
  /** Path as given by the user (`-` or `<stdin>` for standard input). */
  path?: string;
  /** Forces a format instead of guessing it from the path's extension. */
  format?: InputFormat;
  /** Forces an encoding instead of detecting it. */
  encoding?: string;
}

export interface Decoded {
  path: string;
  /** The input as text, exactly as decoded (no normalization): positions shown to users index it. */
  text: string;
  encoding: string;
  format: InputFormat;
  byteLength: number;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// normalize

/** Maps offsets between the normalized text and the decoded input. */
export interface OffsetMap {
  /** Normalized offset -> input offset. `bias: 'end'` maps an end offset (exclusive). */
  toInput(offset: number, bias?: 'start' | 'end'): number;
  /** Input offset -> normalized offset. */
  toNormalized(offset: number): number;
}

export interface Normalized {
  source: Decoded;
  /** NFC text with copy-paste noise removed and soft line breaks joined. Output quotes this. */
  text: string;
  /**
   * Matching form of `text`, with the SAME LENGTH so that offsets are shared: lower case and one
   * tone-mark placement (ủy for uỷ, hòa for hoà). Extractors match on `key` and quote `text`.
   */
  key: string;
  map: OffsetMap;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// tokenize

export type TokenKind =
  | 'word' // a syllable or abbreviation: letters and marks
  | 'number' // 200, 1.000, 5,5
  | 'roman' // XII, IV
  | 'code' // a document code: 522-CV/HU, 30/2020/NĐ-CP, 123/UBND-VP
  | 'date' // a numeric date: 20-3-2023, 17/10/2022
  | 'punct' // one punctuation or symbol character
  | 'newline';

export type LetterCase = 'lower' | 'title' | 'upper' | 'mixed';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** For words and codes: how the token is capitalised. */
  case?: LetterCase;
}

// ---------------------------------------------------------------------------------------------
// sections

export type DocumentKind = 'official' | 'news';

export type SectionKind =
  | 'root'
  // news write-ups
  | 'title'
  | 'lead'
  | 'paragraph'
  | 'sentence'
  | 'enumeration'
  | 'item'
  // official documents: header
  | 'header'
  | 'national-title'
  | 'issuer-block'
  | 'number-line'
  | 'place-date'
  | 'type-line'
  | 'subject'
  | 'authority'
  | 'urgency'
  | 'greeting'
  // official documents: body
  | 'preamble'
  | 'body'
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'clause'
  | 'point'
  | 'signature'
  | 'recipients'
  // markdown
  | 'heading'
  | 'list';

export interface Section {
  kind: SectionKind;
  span: Span;
  /** The label as written: "Điều 2", "I", "1.1", "a", "-". */
  label?: string;
  /** The span of the heading text after the label, when there is one. */
  title?: Span;
  children: Section[];
}

/** A logical line of the normalized text (after soft line breaks were joined). */
export interface Line {
  span: Span;
  /** Span without leading and trailing white space. */
  content: Span;
}

export interface Sections {
  kind: DocumentKind;
  root: Section;
  lines: Line[];
  /** Every sentence-like unit, in order: news sentences, official items and paragraphs. */
  sentences: Section[];
}

// ---------------------------------------------------------------------------------------------
// extract (spans in normalized offsets; assemble turns them into line/column)

export interface DocNumberParts {
  serial: string;
  year: string | null;
  typeCode: string | null;
  bodyCode: string | null;
}

export interface Located<T> {
  value: T;
  span: Span;
}

export interface DocumentFields {
  kind: DocumentKind;
  type: Located<string> | null;
  number: Located<string> | null;
  numberParts: DocNumberParts | null;
  date: Located<string> | null;
  place: Located<string> | null;
  issuer: Located<string> | null;
  issuerParent: Located<string> | null;
  subject: Located<string> | null;
  urgency: Located<string> | null;
  signer: Located<SignerValue> | null;
  recipients: Located<string>[];
}

export interface SignerValue {
  /** TM., KT., TL., T/M ... with its body, as written in normal case. */
  authority: string | null;
  title: string | null;
  name: string | null;
}

export interface ReferenceValue {
  number: string | null;
  numberParts: DocNumberParts | null;
  type: string | null;
  date: string | null;
  issuer: string | null;
  /** For documents cited without a number: their title ("Luật Tổ chức chính quyền địa phương"). */
  title: string | null;
  text: string;
}

export interface TaskValue {
  text: string;
  actors: string[];
  deadline: string | null;
  deadlineText: string | null;
}

export interface ProjectValue {
  name: string;
  text: string;
  kind: string;
}

export interface PlaceValue {
  name: string;
  /** The unit word written before the name, lower case ("huyện", "sông"); null when none. */
  unit: string | null;
  /**
   * Internal, not output: the unit a committee's name implies ("Huyện ủy Gia Lâm" -> huyện), used
   * only to resolve the place against the administrative-unit table.
   */
  impliedUnit?: string;
}

/** The level of government a body belongs to, as its name says. */
export type OrganizationLevel = 'trung ương' | 'tỉnh' | 'huyện' | 'xã';

export interface OrganizationValue {
  /** Normal case, abbreviations written out: "Ủy ban nhân dân huyện Vĩnh Thuận". */
  name: string;
  /** From the name (Bộ, Cục -> trung ương; Sở, tỉnh -> tỉnh ...); null when it does not say. */
  level: OrganizationLevel | null;
  /** The place name the text attaches ("Vĩnh Thuận"), without its unit word; null when none. */
  place: string | null;
}

export interface PersonValue {
  /** The personal name as written (normal case when written in capitals). */
  name: string;
  /** The title the text gives with the name, in normal case ("Phó Thủ tướng Chính phủ"); null when none. */
  title: string | null;
}

export interface PeriodValue {
  text: string;
  start: string;
  end: string;
  kind: string | null;
}

export interface Extracted {
  document: DocumentFields;
  references: Located<ReferenceValue>[];
  tasks: Located<TaskValue>[];
  projects: Located<ProjectValue>[];
  places: Located<PlaceValue>[];
  organizations: Located<OrganizationValue>[];
  people: Located<PersonValue>[];
  periods: Located<PeriodValue>[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// assemble: the public result (the output contract; see README "Output fields")

export interface Position {
  line: number;
  column: number;
}

export interface ResultSource {
  path: string;
  format: InputFormat;
  encoding: string;
  bytes: number;
  /** ISO 639-3 code from franc ("vie"), or "und" when undetermined. */
  language: string;
}

/** The fields of `document` whose place in the input is given (`document.positions`), in order. */
export const DOCUMENT_POSITION_FIELDS = ['type', 'number', 'date', 'place', 'issuer', 'issuerParent', 'subject', 'urgency', 'signer'] as const;
export type DocumentPositionField = (typeof DOCUMENT_POSITION_FIELDS)[number];

export interface ResultDocument {
  kind: DocumentKind;
  type: string | null;
  number: string | null;
  numberParts: DocNumberParts | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  issuerParent: string | null;
  subject: string | null;
  urgency: string | null;
  signer: SignerValue | null;
  recipients: (Position & { name: string })[];
  /** Where each field above was found in the input. */
  positions: Partial<Record<DocumentPositionField, Position>>;
}

/**
 * One labelled division of an official text's body (Phần, Chương, Mục, Điều, khoản, điểm), in
 * document order; `depth` is its nesting (0 for the outermost present), `endLine` the last input
 * line it covers, so `line`..`endLine` is its whole text.
 */
export interface ResultDivision extends Position {
  kind: 'part' | 'chapter' | 'section' | 'article' | 'clause' | 'point';
  label: string;
  title: string | null;
  depth: number;
  endLine: number;
}

export type ResultReference = ReferenceValue & Position & { count: number };
export type ResultTask = TaskValue & Position;
export type ResultProject = ProjectValue & Position;
/** An administrative unit in the bundled table (src/lexicon/data/admin-units). */
export interface ResultPlaceRef {
  /** The statistics office's code; null when the table knows the unit but not its code. */
  code: string | null;
  unit: string;
  name: string;
}
/**
 * One place: its first mention's position and count, every mention's position in `mentions`, and
 * what the administrative-unit table says of it (code null, no parents, when it does not resolve).
 */
export interface ResultPlace extends Position {
  name: string;
  unit: string | null;
  code: string | null;
  /** Which table the code is from: `2025` (units from 1 July 2025) or `pre-2025`; null with no code. */
  era: '2025' | 'pre-2025' | null;
  /** The units above it, nearest first. */
  parents: ResultPlaceRef[];
  /** For a unit before 2025-07-01: the current unit(s) it became, with their parents. */
  successors: (ResultPlaceRef & { parents: ResultPlaceRef[] })[];
  count: number;
  mentions: Position[];
}
/** One organisation: its first mention's position, and every mention's in `mentions`. */
export type ResultOrganization = OrganizationValue & Position & { count: number; mentions: Position[] };
/** One person, at the first mention. */
export type ResultPerson = PersonValue & Position & { count: number };
export type ResultPeriod = PeriodValue & Position;

export interface ResultWarning extends Position {
  severity: Severity;
  rule: string;
  message: string;
}

export interface Result {
  source: ResultSource;
  document: ResultDocument;
  structure: ResultDivision[];
  references: ResultReference[];
  tasks: ResultTask[];
  projects: ResultProject[];
  places: ResultPlace[];
  organizations: ResultOrganization[];
  people: ResultPerson[];
  periods: ResultPeriod[];
  warnings: ResultWarning[];
}
