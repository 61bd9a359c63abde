/**
 * Errors about an input (not bugs): they carry a stable code that the CLI prints and that NDJSON
 * consumers can branch on. Anything else thrown is a bug in vanban.
 */
export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'unsupported-format'
  | 'binary'
  | 'bad-encoding';

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly path: string;

  constructor(code: InputErrorCode, path: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.path = path;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
