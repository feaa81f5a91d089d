/** Errors the database layer raises on purpose, each with a stable code and a message a person can act on. */
export class DbError extends Error {
  constructor(
    readonly code: 'NOT_SQLITE' | 'NOT_BULWARK' | 'CORRUPT' | 'DB_TOO_NEW' | 'MIGRATION_FAILED' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}
