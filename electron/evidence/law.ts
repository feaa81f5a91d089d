/**
 * Indicative notes on UK law that may apply to threats and harassment. They help an officer or a
 * solicitor see why a post was flagged; they are not legal advice, and every place they appear says so.
 */
export const LEGAL_CAVEAT = 'Indicative, not legal advice.';

export interface LawNote {
  title: string;
  text: string;
}

const THREAT: LawNote[] = [
  {
    title: 'Online Safety Act 2023, s181 (threatening communications)',
    text: 'Sending a message that conveys a threat of death or serious harm, intending the recipient to fear it will be carried out (or reckless as to that).',
  },
  {
    title: 'Malicious Communications Act 1988, s1',
    text: 'Sending an electronic communication that is indecent, grossly offensive, a threat, or false, with intent to cause distress or anxiety.',
  },
  {
    title: 'Communications Act 2003, s127',
    text: 'Sending by a public electronic communications network a message that is grossly offensive or of an indecent, obscene or menacing character.',
  },
];

const HARASSMENT: LawNote = {
  title: 'Protection from Harassment Act 1997',
  text: 'A course of conduct (two or more occasions) by the same person that amounts to harassment, or that causes fear of violence (s4).',
};

const SELF_HARM: LawNote = {
  title: 'Online Safety Act 2023, s184 (encouraging or assisting serious self-harm)',
  text: 'Doing an act capable of encouraging or assisting the serious self-harm of another person, intending to do so.',
};

/** Categories whose posts carry a note; harassment also applies to repeated posts by one account. */
const BY_CATEGORY: Record<string, LawNote[]> = {
  threat: THREAT,
  harm_incitement: THREAT.slice(1),
  self_harm: [SELF_HARM, THREAT[1]!],
  doxxing: [THREAT[1]!, HARASSMENT],
  harassment: [HARASSMENT],
};

export function lawNotesFor(categories: string[], repeatedAuthor: boolean): LawNote[] {
  const seen = new Set<string>();
  const out: LawNote[] = [];
  const add = (n: LawNote) => {
    if (!seen.has(n.title)) {
      seen.add(n.title);
      out.push(n);
    }
  };
  for (const c of categories) for (const n of BY_CATEGORY[c] ?? []) add(n);
  if (repeatedAuthor) add(HARASSMENT);
  return out;
}

/** In the order the report lists them. */
export const ALL_LAW_NOTES: LawNote[] = [...THREAT, SELF_HARM, HARASSMENT];
