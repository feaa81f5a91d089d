/**
 * The default taxonomy. Keys are stable slugs (used by the CLI, the model and evidence packs); names,
 * colours and severities are staff-editable later. Colours come from the Okabe–Ito and Tol palettes,
 * which stay distinguishable under the common colour-vision deficiencies.
 */
type Seed = [
  key: string,
  name: string,
  isAbuse: 0 | 1,
  severity: number,
  colour: string,
  manualOnly: 0 | 1,
  description: string,
];

export const DEFAULT_CATEGORIES: Seed[] = [
  ['supportive', 'Supportive / neutral', 0, 0, '#009E73', 0, 'Support, neutral comment or news.'],
  [
    'political_criticism',
    'Political criticism',
    0,
    0,
    '#56B4E9',
    0,
    'Attacks on policy, votes, record or competence, however harsh or sarcastic. Not abuse.',
  ],
  ['profanity', 'Profanity / incivility', 1, 1, '#BBBBBB', 0, 'Swearing or rudeness not aimed at identity.'],
  [
    'personal_insult',
    'Personal insult',
    1,
    2,
    '#E69F00',
    0,
    'Degrading the person: looks, intelligence, character.',
  ],
  [
    'party_abuse',
    'Party-directed abuse',
    1,
    2,
    '#F0E442',
    0,
    'Abuse of members as a group ("all X are vermin").',
  ],
  ['misogyny', 'Misogyny', 1, 3, '#CC79A7', 0, 'Abuse aimed at women as women.'],
  ['racism', 'Racism', 1, 3, '#D55E00', 0, 'Abuse based on race, ethnicity or nationality.'],
  ['antisemitism', 'Antisemitism', 1, 3, '#882255', 0, 'Abuse of Jewish people or tropes about them.'],
  ['islamophobia', 'Islamophobia', 1, 3, '#AA4499', 0, 'Abuse of Muslims or tropes about them.'],
  ['anti_lgbtq', 'Anti-LGBTQ+', 1, 3, '#44AA99', 0, 'Abuse based on sexual orientation or gender identity.'],
  ['ableism', 'Ableism', 1, 3, '#999933', 0, 'Abuse based on disability or mental health.'],
  ['dehumanisation', 'Dehumanisation', 1, 3, '#661100', 0, 'Comparing people to animals, vermin or disease.'],
  [
    'sexualised',
    'Sexualised abuse',
    1,
    3,
    '#6699CC',
    0,
    'Sexual comments, threats or imagery aimed at the person.',
  ],
  [
    'harm_incitement',
    'Wishing harm / incitement',
    1,
    3,
    '#332288',
    0,
    '"Hope you die", praise for attacks on MPs, calls on others to act.',
  ],
  [
    'doxxing',
    'Doxxing / private information',
    1,
    3,
    '#117733',
    0,
    'Home addresses, phone numbers, family, movements.',
  ],
  [
    'threat',
    'Threat of death or serious harm',
    1,
    4,
    '#000000',
    0,
    'Explicit or credible threats, including to family.',
  ],
  [
    'self_harm',
    'Encouraging self-harm',
    1,
    4,
    '#0072B2',
    0,
    'Telling the person to hurt or kill themselves.',
  ],
  ['smear', 'False claims / smears', 1, 2, '#DDCC77', 1, 'Damaging false claims. Set by reviewers only.'],
  [
    'harassment',
    'Harassment (course of conduct)',
    1,
    3,
    '#88CCEE',
    1,
    'A course of conduct by one account or group. Set by reviewers only.',
  ],
];

export const up = (): string =>
  DEFAULT_CATEGORIES.map(
    ([key, name, isAbuse, severity, colour, manualOnly, description], i) =>
      `INSERT INTO categories (key, name, description, is_abuse, default_severity, colour, manual_only, sort_order)
       VALUES (${[key, name, description].map(sqlString).join(', ')}, ${isAbuse}, ${severity}, '${colour}', ${manualOnly}, ${i});`,
  ).join('\n');

function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
