/**
 * Cases as a workflow. 001 gave cases a status and one platform/police reference each; real cases carry
 * several platform report ids (one per platform, sometimes one per post) and a crime reference that
 * arrives days after the referral, each with the date it happened. So:
 * - case_refs: every reference number with its kind, platform and date (cases.platform_ref / police_ref
 *   keep the latest of each kind, for lists).
 * - case_events: the case timeline (created, status changes, references, notes, posts added or removed,
 *   edits, packs exported), append-only like the audit log, which also gets every change.
 * - cases gains who opened it, the campaign it was opened for (if any), the date of each status step,
 *   and the filter used to fill it (so a pack can say how its posts were chosen).
 */
export const up = `
ALTER TABLE cases ADD COLUMN created_by TEXT NOT NULL DEFAULT 'staff';
ALTER TABLE cases ADD COLUMN campaign_ref TEXT;
ALTER TABLE cases ADD COLUMN reported_platform_at TEXT;
ALTER TABLE cases ADD COLUMN referred_police_at TEXT;
ALTER TABLE cases ADD COLUMN closed_at TEXT;
ALTER TABLE cases ADD COLUMN selection TEXT;
CREATE INDEX cases_updated ON cases(updated_at);
CREATE INDEX cases_person ON cases(person_id) WHERE person_id IS NOT NULL;

CREATE TABLE case_refs (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('platform','police','other')),
  platform TEXT,
  reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
  dated TEXT,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_refs_case ON case_refs(case_id, id);

CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('created','status','reference','note','posts_added','posts_removed','edited','exported')),
  status_from TEXT,
  status_to TEXT,
  reference TEXT,
  dated TEXT,
  body TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
  BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
`;
