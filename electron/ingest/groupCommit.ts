import type { DB } from '../../db/connection';

/**
 * One transaction for several of an import's batches. Every commit rewrites each index page its rows
 * touched, and a post touches pages all over the date indexes: committing every 2,000 posts spent a
 * quarter of the writing thread in COMMIT, committing every ~20,000 (or every second) about a tenth.
 * A group still commits its posts together with the import's counters, so a crash loses at most the
 * open group and leaves counts that match the rows (importing the file again completes it).
 */
export class GroupCommit {
  private open = false;
  private rows = 0;
  private openedAt = 0;

  constructor(
    private readonly db: DB,
    /** Called after each commit: the caller records what is now durable. */
    private readonly onCommit: () => void,
    private readonly maxRows = 20_000,
    /** A slow file still commits often, so a killed import loses little. */
    private readonly maxMs = 1_000,
  ) {}

  /** Runs `write` inside the open group (opening one if needed), then commits if the group is full. */
  write(rows: number, write: () => void): void {
    if (!this.open) {
      this.db.exec('BEGIN');
      this.open = true;
      this.rows = 0;
      this.openedAt = performance.now();
    }
    try {
      write();
    } catch (err) {
      this.rollback();
      throw err;
    }
    this.rows += rows;
    if (this.rows >= this.maxRows || performance.now() - this.openedAt >= this.maxMs) this.commit();
  }

  commit(): void {
    if (!this.open) return;
    this.db.exec('COMMIT');
    this.open = false;
    this.onCommit();
  }

  /** Drops the open group (a write failed): the database is back at the last commit. */
  rollback(): void {
    if (!this.open) return;
    this.open = false;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}
