/**
 * The categories the classifier can produce, with default severities. Mirrors the seeded taxonomy in
 * db/migrations/002_taxonomy.ts (a unit test keeps the two in step); `smear` and `harassment` are
 * manual-only there and never produced here.
 */
export const ABUSE_SEVERITY: Readonly<Record<string, number>> = {
  profanity: 1,
  personal_insult: 2,
  party_abuse: 2,
  misogyny: 3,
  racism: 3,
  antisemitism: 3,
  islamophobia: 3,
  anti_lgbtq: 3,
  ableism: 3,
  dehumanisation: 3,
  sexualised: 3,
  harm_incitement: 3,
  doxxing: 3,
  threat: 4,
  self_harm: 4,
};

export const NON_ABUSE = ['supportive', 'political_criticism'] as const;

export const PRODUCED_CATEGORIES: readonly string[] = [...NON_ABUSE, ...Object.keys(ABUSE_SEVERITY)];

export function isAbuse(key: string): boolean {
  return key in ABUSE_SEVERITY;
}

export function severityOf(key: string): number {
  return ABUSE_SEVERITY[key] ?? 0;
}
