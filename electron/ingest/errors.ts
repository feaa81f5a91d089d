/** A problem with a whole file (not one record): stops that file with one clear message. */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'EMPTY' | 'BINARY' | 'UNKNOWN_FORMAT' | 'BAD_MAPPING' | 'UNREADABLE' | 'CANCELLED',
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export const EXPECTED_FORMATS =
  'Bulwark reads JSON, NDJSON (one JSON record per line), CSV or TSV files, and X archive tweets.js files, plain or gzipped.';
