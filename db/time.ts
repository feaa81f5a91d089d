/** The one clock the app uses, so tests and deterministic exports can pin it. */
export function nowIso(): string {
  return new Date().toISOString();
}
