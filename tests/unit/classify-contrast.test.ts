import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';
import { blindReports, evaluateContrast, readContrast } from '../../electron/classify/evaluate';

/**
 * The contrast set (tests/fixtures/classify/contrast.jsonl): 300+ short posts about fictional
 * politicians — criticism vs abuse pairs, counter-speech, quotes, negation, reclaimed and mentioned
 * slurs, threats vs figures of speech, doxxing vs public information, every abuse category. Rules
 * are developed against dev.jsonl, not this file; see tests/fixtures/classify/README.md.
 */
const fixtures = path.join(__dirname, '..', 'fixtures', 'classify');
const classifier = createClassifier();

describe('contrast set', () => {
  const items = readContrast(path.join(fixtures, 'contrast.jsonl'));

  it('is big enough and covers every category the classifier produces', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    const cats = new Set(items.map((i) => i.category));
    for (const k of [
      'political_criticism',
      'supportive',
      'profanity',
      'personal_insult',
      'party_abuse',
      'misogyny',
      'racism',
      'antisemitism',
      'islamophobia',
      'anti_lgbtq',
      'ableism',
      'dehumanisation',
      'sexualised',
      'harm_incitement',
      'doxxing',
      'threat',
      'self_harm',
    ])
      expect(cats.has(k), k).toBe(true);
  });

  it('gets the abuse / not-abuse decision right at least 90% of the time', () => {
    const r = evaluateContrast(classifier, items);
    if (r.errors.length > 0)
      console.log(
        `contrast errors (${r.errors.length}):\n${r.errors.map((e) => `  [${e.gold}] → ${e.predicted}: ${e.text}`).join('\n')}`,
      );
    console.log(`contrast accuracy ${r.accuracy.toFixed(3)} on ${r.n} posts`);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.9);
    // Harsh criticism must practically never be called abuse.
    const criticism = items.filter((i) => i.category === 'political_criticism');
    const flagged = criticism.filter((i) => classifier.classify(i.text).abusive);
    expect(flagged.length / criticism.length).toBeLessThanOrEqual(0.05);
  });

  it('names the right category for most abusive posts', () => {
    const r = evaluateContrast(classifier, items);
    const abuse = r.categories.filter((c) => !['political_criticism', 'supportive'].includes(c.key));
    const meanRecall = abuse.reduce((a, c) => a + c.recall, 0) / abuse.length;
    expect(meanRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('also holds on the development set', () => {
    const r = evaluateContrast(classifier, readContrast(path.join(fixtures, 'dev.jsonl')));
    expect(r.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  // 240 harmless posts that look like abuse (solidarity after attacks, reported threats, court news,
  // games, pets, banter, slang praise, public events), written for the sixteenth session and studied:
  // 18 false alarms before its fixes, 12 after. Harsh words used harmlessly must stay harmless.
  it('keeps false alarms on harmless posts that look like abuse under 7%', () => {
    const items = readContrast(path.join(fixtures, 'harmless.jsonl'));
    expect(items.length).toBe(240);
    expect(items.every((i) => !i.abusive)).toBe(true);
    const flagged = items.filter((i) => classifier.classify(i.text).abusive);
    expect(flagged.length / items.length).toBeLessThan(0.07);
  });

  // Casework and civic talk to councillors that names bridges, rivers, rope, lifts, pills and
  // addresses, and says "you know what to do" before a vote: 300 harmless posts each, written in the
  // twenty-first session. civic1 was studied (15 false alarms with the session's starting code, 1
  // after); civic2 was never read (6 with the starting code, 6 after).
  // harmless2 and harmless3: 300 harmless posts each that look like abuse to a word matcher (violent
  // figures of speech, animals, swearing at things, banter, event venues, the writer's own address,
  // court reports quoting abuse, reclaimed words), written in the same session. Swearing counts as S1
  // profanity here as everywhere (the taxonomy's incivility), though the writers meant it as harmless:
  // 13 and 14 of the false alarms at the session's start. harmless2 was studied (55 false alarms → 29);
  // harmless3 was never read (52 → 44; 41 after the twenty-second session).
  for (const [file, ceiling] of [
    ['civic1.jsonl', 0.02],
    ['civic2.jsonl', 0.03],
    ['harmless2.jsonl', 0.12],
    ['harmless3.jsonl', 0.15],
    // critic1 and critic2: 300 harsh political criticisms each, right up to the line (competence,
    // lying, cowardice, career-death metaphors, demands to resign), written at the session's end.
    // critic1 was studied (3 false alarms → 2); critic2 was never read (4 → 3).
    ['critic1.jsonl', 0.02],
    ['critic2.jsonl', 0.02],
    // critic3 and critic4: 300 harsh criticisms each built on violent, deathly and military figures
    // ("the pledge is six feet under", "a firing squad with a feedback form", "⚰️ for the Tory vote"),
    // written in the twenty-second session. critic3 was studied (11 false alarms → 1); critic4 was
    // never read (11 → 9).
    ['critic3.jsonl', 0.01],
    ['critic4.jsonl', 0.035],
  ] as const)
    it(`keeps false alarms under ${Math.round(ceiling * 100)}% on ${file}`, () => {
      const items = readContrast(path.join(fixtures, file));
      expect(items.length).toBe(300);
      expect(items.every((i) => !i.abusive)).toBe(true);
      const flagged = items.filter((i) => classifier.classify(i.text).abusive);
      expect(flagged.length / items.length).toBeLessThan(ceiling);
    });

  // Written by people who never saw the rules; their errors were then studied and fixed with general
  // rules, so these are development sets now (first, blind scores in the fixture README). blind5 is
  // the threats / self-harm / incitement / doxxing set: the hardest, held to a lower bar, like blind8
  // (the same categories, studied in the fifth session: 62.3% blind, 91.0% after) and blind12 (the
  // same again, longer posts: 60.0% blind, 89.7% after) and blind13 (63.0% at the session's start,
  // 65.7% when first read, 92.3% after) and blind15 (58.7%, 63.0% when first read, 91% after);
  // blind10 covers every category (78.3%, 93.7%).
  for (const [file, floor] of [
    ['blind.jsonl', 0.9],
    ['blind2.jsonl', 0.9],
    ['blind3.jsonl', 0.9],
    ['blind5.jsonl', 0.85],
    ['blind8.jsonl', 0.85],
    ['blind10.jsonl', 0.9],
    ['blind12.jsonl', 0.85],
    ['blind13.jsonl', 0.9],
    ['blind15.jsonl', 0.9],
    // Studied for one round in the sixth session, not brought to 90%: blind17 (phone-typed replies
    // in lower case, 63.0% → 80.3%) and blind19 (regional voices, 64.7% → 78.0%); the seventh
    // session's general rules took them to 82.0% and 81.7%.
    ['blind17.jsonl', 0.8],
    ['blind19.jsonl', 0.8],
    // Threats only (150 threats, 150 look-alikes), studied last for one round: 61.7% → 67.7%; 71.7%
    // after the seventh session.
    ['blind23.jsonl', 0.7],
    // Harsh political criticism against abuse dressed as criticism (200 / 100), written and studied in
    // the twelfth session: 87.0% (4 false alarms, 35 misses) at its start.
    ['blind27.jsonl', 0.93],
    // Identity abuse without slurs against hard-line but legitimate opinion on immigration, Islam,
    // Israel and Gaza, trans rights and disability benefits (150 / 150), written and studied in the
    // twelfth session: 65.7% (1 false alarm, 102 misses) at its start.
    ['blind29.jsonl', 0.84],
    // A second identity brief asking for many forms (hatred, attributes, questions, opinion frames,
    // negated virtues, exclusion, tropes), with counter-speech and quoted abuse among the 150 posts
    // that are not abuse; written and studied in the thirteenth session: 67.3% (0 false alarms, 98
    // misses) at its start.
    ['blind31.jsonl', 0.84],
    // Long posts (40–130 words: rants, threads, court reports) in every category, 170 harsh
    // criticisms and supportive posts against 130 abusive rants; written and studied in the thirteenth
    // session: 91.3% (12 false alarms, 14 misses) at its start.
    ['blind33.jsonl', 0.94],
    // Threats, incitement and self-harm encouragement (80 / 40 / 30) against violent figures of speech,
    // memorials, court reports and safety advice; written and studied in the thirteenth session:
    // 71.7% (8 false alarms, 77 misses) at its start.
    ['blind35.jsonl', 0.83],
    // Implied threats (70 of 150 abusive posts) against constituents' visits, harsh criticism in
    // menacing words and everyday weapons and injuries; written and studied in the seventeenth
    // session: 63.3% (6 false alarms, 104 misses) at its start, 67.3% at its end.
    ['blind38.jsonl', 0.67],
    // Calls for harm, celebrations and wishes (70), threats in the third person (40) and self-harm
    // encouragement (40) against get-well wishes, memorials, court news, help posts and criticism in
    // violent metaphors; written and studied in the eighteenth session: 72.7% (7 false alarms, 75
    // misses) at its start, 84.0% at its end.
    ['blind40.jsonl', 0.83],
    // Sexualised abuse (80) and misogyny (50) aimed at women politicians, mostly without slurs, against
    // solidarity that quotes the abuse, women's health campaigns, court news and criticism of women
    // politicians' records; blind42 and blind44 were written and studied in the eighteenth session:
    // 65.0% and 62.7% at its start (sexualised 20 and 10 of 80 caught), 83.3% and 76.7% at its end.
    ['blind42.jsonl', 0.83],
    ['blind44.jsonl', 0.76],
    // Doxxing (150: addresses without numbers, families, workplaces, routines, second homes) against
    // event notices, safety advice, court news about exposure and criticism that names places;
    // written in the eighteenth session, studied in the nineteenth: 75.7% (27 false alarms, 46 misses)
    // at its start, 91.7% at its end.
    ['blind45.jsonl', 0.91],
    // Identity-based abuse without slurs (30 each of racism, antisemitism, Islamophobia, anti-LGBTQ+ and
    // ableism) against solidarity that quotes it, Pride, Eid and access news, and harsh criticism of
    // the same politicians' records; written and studied in the nineteenth session: 60.3% (4 false
    // alarms, 115 misses) at its start, 85.0% at its end (coded phrases in the word lists, then a
    // trait of who the person is with a sneer, rules/identityCues.ts).
    ['blind47.jsonl', 0.84],
    // Veiled threats and calls for harm (90 threats, 60 incitement) against news, thanks, organising,
    // sport and election talk in the same menacing idiom; written and studied in the twentieth
    // session: 61.7% (15 false alarms, 100 misses) at its start, 84.3% at its end (weak phrases taken
    // at their word when nothing explains them away, rules/corroborate.ts; then the misses' phrases).
    ['blind49.jsonl', 0.84],
    // Intimidation by showing what the writer knows (100 threats, 50 calls for harm that hand on
    // someone's routine) against neighbours' warm posts, advice to candidates and criticism of cars and
    // second homes; written and studied at the end of the twentieth session: 62.3% (10 false alarms,
    // 103 misses) at its start, 73.3% at its end (rules/surveillance.ts).
    ['blind53.jsonl', 0.73],
    // Self-harm encouragement (110, mostly veiled: rivers, baths, dares, dialect) against Samaritans
    // posts, MPs' own disclosures and career metaphors ("political suicide", "fall on your sword");
    // written and studied in the twenty-first session: 75.7% (10 false alarms, 63 misses) at its
    // start, 88.0% at its end.
    ['blind55.jsonl', 0.87],
    // Threats (140, mostly veiled: weapons kept ready, fires with the person inside, conditions on a
    // vote, dialect, emoji) and 20 calls for harm against violent figures of speech, court news,
    // safety advice and hobbies; written and studied in the twenty-second session: 64.0% (7 false
    // alarms, 101 misses) at its start, 71.0% at its end (2 false alarms).
    ['blind57.jsonl', 0.71],
    // Self-harm encouragement (70) and calls for or celebrations of harm (70), against harsh
    // criticism in the same words and suicide-prevention, news and slang posts; written and studied
    // in the twenty-third session: 78.3% (5 false alarms, 60 misses) at its start, 88.0% at its end.
    ['blind59.jsonl', 0.87],
    // Identity abuse in coded words (150: racism, Islamophobia, antisemitism, anti-LGBTQ+, ableism,
    // misogyny) against 110 hard-line opinions on the same subjects and 40 counter-speech, own-identity
    // and festival posts; written and studied in the twenty-third session: 67.7% (3 false alarms, 94
    // misses) at its start, 77.3% at its end.
    ['blind61.jsonl', 0.77],
    // Sexualised abuse (80) and misogyny (70) aimed at women politicians, against 80 harsh criticisms
    // in suggestive political metaphors ("naked ambition", "in bed with the unions") and 70
    // compliments, maternity and menopause-campaign posts; written and studied in the twenty-third
    // session: 65.7% (2 false alarms, 101 misses) at its start, 74.0% at its end.
    ['blind63.jsonl', 0.74],
    // Threats of death or serious harm without the stock phrases (150: injuries told through the body
    // or its aftermath, threats tied to a vote, oblique arson and poison, family and pets, plans,
    // questions and jokes, dialect) against 150 harsh criticisms in violent metaphor, electoral and
    // legal warnings, news, safety advice and everyday talk in the same words; written and studied in
    // the twenty-fourth session: 62.0% (7 false alarms, 107 misses) at its start, 71.7% at its end.
    ['blind65.jsonl', 0.71],
    // Wishing or glorifying harm without the stock phrases (150: indirect wishes of death or illness,
    // attacks cheered, incitement by dare, bounty or whereabouts, harm wished on family, gloating over
    // a real misfortune, dialect) against 150 wishes of political defeat in morbid words, criticism of
    // policies that "kill", sympathy, condemnation, news and everyday talk in the same words; written
    // and studied in the twenty-fourth session: 63.7% (7 false alarms, 102 misses) at its start,
    // 68.7% at its end.
    ['blind67.jsonl', 0.68],
    // Exposure of private information (150: home addresses whole or in pieces, private numbers and
    // family accounts, routines, family, cars and second homes, dossiers handed on) against 150 public
    // contact details, constituents' own addresses in casework, notices, lifestyle criticism that
    // locates nobody, safety advice and friendly sightings; written and studied in the twenty-fourth
    // session: 77.3% (16 false alarms, 52 misses) at its start, 80.3% at its end.
    ['blind69.jsonl', 0.8],
    // Self-harm encouragement without "kill yourself" (150: means and places named obliquely, advice
    // and "favours", replies to a politician's own mental-health post or bereavement, shaming,
    // euphemism and emoji, dialect) against 150 calls to resign in the same words, mental-health posts
    // and support, suicide-prevention news and everyday talk of bridges, pills and rope; written and
    // studied in the twenty-fourth session: 65.3% (6 false alarms, 98 misses) at its start, 76.0% at
    // its end.
    ['blind71.jsonl', 0.76],
    // Misogyny without sexual content, threats or (mostly) slurs (150: unfit by nature, sent home,
    // looks and age, a token or a man's doing, pet names, women in general, dialect) against 150 harsh
    // criticism of women politicians, women's-policy talk, condemnation quoting misogyny, women's own
    // lives, affectionate "love" and everyday talk in the same words; written and studied in the
    // twenty-fifth session: 59.3% (4 false alarms, 118 misses) at its start, 76.0% at its end.
    ['blind73.jsonl', 0.75],
    // Racism without threats, sexual content or (mostly) slurs (150: belonging denied and "go back",
    // origin as the explanation, stereotypes, race as the reason for office, names, accents and dress,
    // replacement talk, animal imagery and codes) against 150 harsh criticism of ethnic-minority
    // politicians, hardline immigration policy, condemnation quoting racism, heritage and faith
    // celebrations and the same words in everyday use; written and studied in the twenty-fifth
    // session: 58.7% (2 false alarms, 122 misses) at its start, 82.3% at its end.
    ['blind75.jsonl', 0.82],
    // Antisemitism and Islamophobia through tropes (75 each: dual loyalty and control, Jews made to
    // answer for Israel, old tropes and Holocaust mockery, conspiracies; Muslims as terrorists or
    // groomers, takeover talk, mockery of faith, the "block vote") against 150 criticism of Israel's
    // government, Hamas and politicians' records, hardline policy on Islamism, condemnation quoting
    // the abuse, festivals and interfaith posts and the same words in everyday use; written and
    // studied in the twenty-fifth session: 65.0% (9 false alarms, 96 misses) at its start, 88.7% at
    // its end.
    ['blind77.jsonl', 0.88],
    // Anti-LGBTQ+ abuse and ableism without slurs (75 each: misgendering, the groomer smear, mockery,
    // "unnatural"; impairment as unfitness, mocked aids and speech, mental illness as an insult,
    // "faking it") against 150 criticism of records, policy on self-ID, single-sex spaces and
    // welfare, condemnation quoting the abuse, politicians' own lives and the same words in everyday
    // use ("lame duck", "blind spot", a guide dog at work); written and studied in the twenty-fifth
    // session: 59.0% (2 false alarms, 121 misses) at its start, 83.3% at its end.
    ['blind79.jsonl', 0.83],
    // Sexual harassment without (mostly) explicit words (150: the body as sexual, propositions and
    // hotel rooms, parliamentary innuendo, ratings and "smash or pass", sexual rumours, doctored and
    // leaked images, emoji and dialect) against 150 criticism in suggestive metaphors ("in bed with the
    // donors"), sex-policy talk, condemnation quoting the harassment, compliments, allotment
    // aubergines and politicians' own relationships; written and studied in the twenty-fifth session:
    // 54.3% (7 false alarms, 130 misses) at its start, 81.0% at its end.
    ['blind81.jsonl', 0.8],
    // Threats (90), calls for harm (40) and self-harm urged (20) written as real replies to UK
    // politicians on the live arguments of 2024-2026 (dialect, text-speak, routines known, property
    // then the person) against 85 furious criticism in violent figures of speech and 65 court news,
    // solidarity, safety advice, gaming, cooking and pest control in the same words; written and
    // studied in the twenty-sixth session: 74.0% (8 false alarms, 70 misses) at its start, 89.7% at
    // its end.
    ['blind83.jsonl', 0.89],
    // Calls for harm and harm wished (100) and self-harm urged (50) in real replies, Facebook groups and
    // TikTok comments, against 85 furious criticism with deathly figures of speech and 65 court news,
    // condolences, suicide-prevention and sport posts; written and studied in the twenty-sixth
    // session: 71.0% (8 false alarms, 79 misses) at its start, 93.0% at its end.
    ['blind85.jsonl', 0.93],
    // Identity abuse as real replies put it, about a third with slurs (30 racism, 25 each
    // Islamophobia and antisemitism, 30 misogyny, 20 each anti-LGBTQ+ and ableism) against 90 harsh
    // criticism and hard-line positions and 60 self-description, festival greetings, counter-speech
    // quoting the abuse and reclaimed words; written and studied in the twenty-sixth session: 72.3%
    // (6 false alarms, 77 misses) at its start, 89.3% at its end.
    ['blind87.jsonl', 0.89],
    // Sexual harassment (100, a third crude) and non-sexual misogyny (50) as real replies to women
    // politicians put them, against 70 harsh criticism (sex-related policy, "in bed with the donors")
    // and 80 compliments, congratulations, women's health campaigns, deepfake-law news and food emoji;
    // written and studied in the twenty-sixth session: 70.0% (2 false alarms, 88 misses) at its
    // start, 90.3% at its end.
    ['blind89.jsonl', 0.9],
    // Personal insults (70, many in dialect), dehumanisation (40) and abuse of a party's members (40)
    // as real replies put them, against 90 harsh criticism (some swearing at a policy, which this
    // taxonomy counts as profanity) and 60 banter, self-deprecation, pets, pests and cancer
    // awareness; written and studied in the twenty-seventh session: 77.3% (26 false alarms, 42
    // misses) at its start, 91.7% at its end.
    ['blind91.jsonl', 0.91],
    // Doxxing (80), intimidation built on it (40) and threats tied to home or family (30) against 70
    // criticism using public addresses and records and 80 office notices, event venues, lost pets and
    // security advice; written and studied in the twenty-seventh session: 73.0% (14 false alarms, 67
    // misses) at its start, 83.3% at its end.
    ['blind93.jsonl', 0.83],
    // A pile-on after a divisive decision (150 abuse across every category in the campaign's words,
    // hashtags and near-copied slogans) against 100 harsh criticism under the same hashtags and 50
    // supporters, fact-checks and people calling the pile-on out; written and studied in the
    // twenty-seventh session: 80.3% (5 false alarms, 54 misses) at its start, 93.3% at its end.
    ['blind95.jsonl', 0.93],
    // Comments under local news and in community groups about councillors (150 abuse across every
    // category, often inside a rant about bins, potholes or planning) against 100 harsh criticism and
    // 50 thanks, lost pets, event notices and people calling abuse out; written and studied in the
    // twenty-seventh session: 80.0% (4 false alarms, 56 misses) at its start, 95.0% at its end.
    ['blind97.jsonl', 0.95],
    // Comments under young women politicians' videos and selfies (35 threats, 40 sexualised, 30
    // misogyny, 15 wished harm, 5 self-harm, 25 racism, anti-LGBTQ+ and Islamophobia) against 70
    // mocking criticism and 80 praise in the same emoji and slang; written and studied in the
    // twenty-seventh session: 70.7% (1 false alarm, 87 misses) at its start, 95.0% at its end.
    ['blind99.jsonl', 0.95],
    // Abuse written to slip past moderation (algospeak, digits for letters, spaced letters, emoji for
    // words, dog whistles, euphemisms for death; 150 across every category) against 70 harsh criticism
    // and 80 praise and help posts in the same style; written and studied in the twenty-eighth
    // session: 85.0% (4 false alarms, 41 misses) at its start, 93.0% at its end.
    ['blind101.jsonl', 0.93],
    // Posts typed live during televised politics (PMQs, Question Time, a count, a livestream chat;
    // 150 abuse across every category) against 75 brutal verdicts and 75 cheering in violent sports
    // words; written and studied in the twenty-eighth session: 77.7% (3 false alarms, 64 misses) at
    // its start, 94.0% at its end.
    ['blind103.jsonl', 0.93],
    // Abuse in the voices of Scotland, Northern Ireland, Wales and the English regions (150 across
    // every category, 20 of it sectarian) against 75 fierce constitutional arguments and 75 rough
    // banter, football and condolences in dialect; written and studied in the twenty-eighth session:
    // 80.7% (3 false alarms, 55 misses) at its start, 95.3% at its end.
    ['blind105.jsonl', 0.95],
    // Antisemitism, Islamophobia, threats and calls to act around the Gaza votes (150) against 90
    // harsh criticism of votes, governments and arms sales and 60 solidarity and counter-speech;
    // written and studied in the twenty-eighth session: 73.7% (6 false alarms, 73 misses) at its
    // start, 96.7% at its end.
    ['blind107.jsonl', 0.96],
    // Threats and calls for harm from the conspiracy movements (treason trials, gallows, "notices of
    // liability", attacks on LTN and ULEZ cameras turned on councillors, "globalist" antisemitism;
    // 150) against 90 angry lawful criticism and 60 defence and fact-checks; written and studied in
    // the twenty-eighth session: 82.7% (2 false alarms, 50 misses) at its start, 98.3% at its end.
    ['blind109.jsonl', 0.98],
    // Organised pressure: calls on a crowd to swarm, brigade and hound a politician (150 abuse across
    // seven categories) against 90 civil campaigning ("email your MP", "day 47 of asking") and 60
    // supporters and moderators; written and studied in the twenty-eighth session: 74.3% (3 false
    // alarms, 74 misses) at its start, 78.7% at its end.
    ['blind111.jsonl', 0.78],
    // Abuse under ordinary posts (a bereavement, a dog, a new baby, a hospice run; 150) against 50
    // sharp political points made under them and 100 condolences, jokes and defenders; written and
    // studied in the twenty-eighth session: 81.3% (3 false alarms, 53 misses) at its start, 98.0% at
    // its end.
    ['blind113.jsonl', 0.97],
    // Misogyny in the manosphere's vocabulary (80 misogyny, 25 sexualised, 45 threats, calls for harm,
    // insults and self-harm) against 80 harsh arguments about men's and boys' issues and 70 posts that
    // explain or condemn the vocabulary; written and studied in the twenty-eighth session: 64.3% (8
    // false alarms, 99 misses) at its start, 87.3% at its end.
    ['blind115.jsonl', 0.86],
    // Abuse aimed at a politician's caseworkers, canvassers, researchers and family (150, threats and
    // doxxing most) against 80 harsh complaints about casework and canvassing and 70 staff telling of
    // abuse, office notices and rotas; written and studied in the twenty-ninth session: 73.0% (2 false
    // alarms, 79 misses) at its start, 92.3% at its end.
    ['blind117.jsonl', 0.92],
    // Ableism and mental-health abuse in the benefits debates (70 ableism, 80 threats, calls for harm,
    // self-harm, dehumanisation and insults) against 80 angry criticism of the cuts and 70 disabled
    // people's own words, reclaimed language and crisis-line posts; written and studied in the
    // twenty-ninth session: 76.3% (4 false alarms, 67 misses) at its start, 92.3% at its end.
    ['blind119.jsonl', 0.92],
    // Long letters and contact-form messages (40 to 200 words; 150 with the abuse once, often in the
    // last line: threats, calls for harm, doxxing, identity abuse, insults) against 90 furious letters
    // that threaten votes, the press and the ombudsman and 60 thanks, pleas and letters of support;
    // written and studied in the twenty-ninth session: 81.3% (19 false alarms, 37 misses) at its
    // start, 95.0% at its end.
    ['blind121.jsonl', 0.94],
    // The fights over ULEZ, traffic cameras, pylons and the farmers' protests (150: threats, calls to
    // attack people, insults, doxxing, identity abuse) against 90 furious criticism and support for
    // lawful protest and 60 councillors telling of abuse, police appeals and farmers' own posts;
    // written and studied in the twenty-ninth session: 75.3% (8 false alarms, 66 misses) at its
    // start, 93.3% at its end.
    ['blind123.jsonl', 0.93],
    // Abuse told as a joke (rape jokes, "just joking" threats, racist and misogynist banter; 150)
    // against 90 satire and ridicule of policies and records and 60 self-deprecating jokes, puns and
    // posts condemning a joke that went too far; written and studied in the twenty-ninth session:
    // 83.0% (2 false alarms, 49 misses) at its start, 96.7% at its end.
    ['blind125.jsonl', 0.96],
    // The grooming-gang arguments (150: insults, threats, calls for vigilante violence, racism,
    // Islamophobia, "groomer" smears, doxxing) against 90 demands for inquiries and resignations and
    // 60 survivors, court reports and posts condemning the abuse that follows; written and studied in
    // the twenty-ninth session: 84.3% (1 false alarm, 46 misses) at its start, 97.7% at its end.
    ['blind127.jsonl', 0.97],
    // A general election's campaign, count and declarations (150 abuse of candidates and count staff)
    // against 100 gloating and electoral metaphors ("political corpse", "bloodbath for the Tories") and
    // 50 thanks, concessions and notices; written and studied in the twenty-ninth session: 82.3% (3
    // false alarms, 50 misses) at its start, 96.7% at its end.
    ['blind129.jsonl', 0.96],
    // Replies that lean on emoji (150 threats, calls for harm, identity and sexual abuse told in emoji)
    // against 80 emoji-laden mockery of policies and 70 supporters' emoji, Pride and faith emoji and
    // posts explaining emoji abuse; written and studied in the twenty-ninth session: 81.3% (12 false
    // alarms, 44 misses) at its start, 91.7% at its end.
    ['blind131.jsonl', 0.91],
    // Football-terrace chants and banter (150 chants that call for killing, racist, homophobic and
    // misogynist chants, threats at the ground) against 90 mocking chants about records and defeats and
    // 60 supporters' chants, club news and posts condemning a chant; written and studied in the
    // twenty-ninth session: 81.0% (4 false alarms, 53 misses) at its start, 96.3% at its end.
    ['blind133.jsonl', 0.96],
    // Identity abuse of minority politicians (150 across nine categories) against 40 blunt criticism
    // from within their communities and 110 people's own identity, in-group humour, reclaimed words and
    // slurs reported; written and studied in the twenty-ninth session: 78.0% (5 false alarms, 61
    // misses) at its start, 93.0% at its end.
    ['blind135.jsonl', 0.93],
    // Local planning rows over a Traveller site, a mosque, an asylum hotel, a gender clinic (150:
    // racism, Islamophobia, threats, calls to attack, doxxing) against 90 furious objections and 60
    // notices and residents' own posts; written and studied in the twenty-ninth session: 79.0% (4
    // false alarms, 59 misses) at its start, 96.3% at its end.
    ['blind137.jsonl', 0.96],
    // Abuse of politicians' faith: Hindu, Sikh, Christian, Muslim, Jewish (150 across eight
    // categories) against 80 arguments about faith steering votes and 70 festival greetings and
    // politicians' own posts; written and studied in the thirtieth session: 76.0% (1 false alarm, 71
    // misses) at its start, 89.7% at its end.
    ['blind139.jsonl', 0.89],
    // The sex-and-gender arguments, abuse from both sides (150: anti-LGBTQ+, misogyny aimed at
    // gender-critical women, threats, doxxing) against 90 blunt arguments either way and 60 people's own
    // posts; written and studied in the thirtieth session: 79.7% (2 false alarms, 59 misses) at its
    // start, 91.7% at its end.
    ['blind141.jsonl', 0.91],
    // Sarcasm, irony and mock politeness (150: insults, threats and wishes of harm said with a smile)
    // against 110 withering sarcastic criticism and 40 sincere praise; written and studied in the
    // thirtieth session: 72.3% (no false alarm, 83 misses) at its start, 88.0% at its end.
    ['blind143.jsonl', 0.87],
    // The asylum-hotel protests and riots (150: racism, Islamophobia, calls to burn the hotels,
    // threats) against 90 angry immigration arguments and 60 clean-up, police and court posts; written
    // and studied in the thirtieth session: 75.3% (1 false alarm, 73 misses) at its start, 91.3% at its
    // end.
    ['blind145.jsonl', 0.91],
    // Scotland, Wales and Northern Ireland in dialect (150: sectarian abuse, threats, insults in
    // Scots) against 90 dialect-heavy arguments and 60 parade notices and friendly banter; written and
    // studied in the thirtieth session: 84.3% (2 false alarms, 45 misses) at its start, 96.7% at its
    // end.
    ['blind147.jsonl', 0.96],
    // Code-switched posts: romanised Urdu, Hindi, Punjabi, Bengali, Polish, Somali inside English (150:
    // insults, misogyny, threats, racism and caste slurs) against 80 code-switched criticism and 70
    // greetings, notices and abuse quoted to condemn it; written and studied in the thirtieth session:
    // 76.7% (8 false alarms, 62 misses) at its start, 95.7% at its end.
    ['blind149.jsonl', 0.95],
    // The Gaza arguments (150: antisemitism, Islamophobia, threats, calls to attack synagogues and
    // mosques) against 100 harsh criticism of Israel's government, Hamas and MPs' votes and 50 vigils
    // and MPs' own posts; written and studied in the thirtieth session: 80.3% (5 false alarms, 54
    // misses) at its start, 96.3% at its end.
    ['blind151.jsonl', 0.96],
    // Coordinated pile-ons (150: calls to swarm, harass, dox, threaten) against 100 lawful lobbying
    // and campaign calls and 50 counter-campaigns and reports; written and studied in the thirtieth
    // session: 79.0% (5 false alarms, 58 misses) at its start, 95.3% at its end.
    ['blind153.jsonl', 0.95],
    // Replies to politicians' illness, grief, pregnancy and families (150: illness wished worse, mocked
    // miscarriages, threats to children, self-harm encouragement) against 60 blunt questions about
    // absences and 90 get-well messages and condolences; written and studied in the thirtieth session:
    // 72.3% (2 false alarms, 81 misses) at its start, 93.0% at its end.
    ['blind155.jsonl', 0.93],
    // Conspiracy "justice" (150: treason trials, ropes and trees, Soros tropes, Great Replacement)
    // against 100 pointed questions about procurement, lobbying and digital ID and 50 fact-checks;
    // written and studied in the thirtieth session: 80.0% (5 false alarms, 55 misses) at its start,
    // 96.3% at its end.
    ['blind157.jsonl', 0.96],
    // Abuse of age, looks, bodies, class and accent (150) against 90 criticism of inexperience and
    // privilege and 60 self-deprecating jokes and compliments; written and studied in the thirtieth
    // session: 72.0% (2 false alarms, 82 misses) at its start, 94.3% at its end.
    ['blind159.jsonl', 0.94],
    // Councillors' everyday business: bins, potholes, parking, a library closure (150: insults,
    // threats, misogyny, doxxing, swearing) against 100 furious complaints and 50 thanks and notices;
    // written and studied in the thirtieth session: 82.0% (5 false alarms, 49 misses) at its start,
    // 93.3% at its end.
    ['blind161.jsonl', 0.93],
    // Fixated and obsessive messages: unwanted love, routines watched, gifts, rage (150: threats,
    // sexual harassment, doxxing) against 70 persistent constituents and 80 polite fans and reports of
    // stalkers; written and studied in the thirtieth session: 77.7% (1 false alarm, 66 misses) at its
    // start, 96.3% at its end.
    ['blind163.jsonl', 0.96],
    // "Traitor" rhetoric (150: treason and execution threats, calls to harm, doxxing of "traitors")
    // against 110 furious accusations of betrayal and 40 MPs quoting the abuse; written and studied in
    // the thirtieth session: 82.0% (2 false alarms, 52 misses) at its start, 96.3% at its end.
    ['blind165.jsonl', 0.96],
    // Abuse typed in text-speak, caps, misspellings and disguises ("b1tch", "unalive", "k-word")
    // against 100 shouty, misspelled criticism and 50 excited supporters and gaming slang; written and
    // studied in the thirtieth session: 86.3% (3 false alarms, 38 misses) at its start, 97.3% at its end.
    ['blind167.jsonl', 0.97],
    // Abuse of parties and their members as groups (150) against 110 furious criticism of parties and
    // 40 canvassing notices and cross-party friendships; written and studied in the thirtieth session:
    // 83.3% (2 false alarms, 48 misses) at its start, 90.7% at its end.
    ['blind169.jsonl', 0.9],
    // Live reactions to Question Time, PMQs, debates and phone-ins (150) against 100 cutting live
    // commentary and 50 praise and fact-checks; written and studied in the thirtieth session: 77.0% (4
    // false alarms, 65 misses) at its start, 94.0% at its end.
    ['blind171.jsonl', 0.94],
    // The climate, hunting and countryside fights (150: threats and calls to harm from both sides,
    // doxxing of farmers and activists) against 100 fierce arguments and 50 shooting-season and
    // protest notices; written and studied in the thirtieth session: 79.0% (2 false alarms, 61 misses)
    // at its start, 97.3% at its end.
    ['blind173.jsonl', 0.97],
    // Posts about abuse (screenshots, news, research, moderation, quoting the abuse) beside posts that
    // endorse, repeat or add to it (150); written and studied in the thirtieth session: 66.7% (12 false
    // alarms, 88 misses) at its start, 67.7% at its end: the hardest setting yet. 71.3% after the
    // thirty-first session read agreement with quoted abuse as the writer's own; 73.3% at its end.
    ['blind175.jsonl', 0.73],
    // Where politicians are (150: doxxing, threats and calls to turn up) against 50 criticisms and 100
    // surgery notices, diaries and sightings; written and studied in the thirty-first session: 85.0% (2
    // false alarms, 43 misses) at its start, 94.3% after its first batch.
    ['blind177.jsonl', 0.94],
    // Young politicians (150) against 90 attacks on inexperience and 60 fans; written and studied in
    // the thirty-first session: 83.3% (3 false alarms, 47 misses) at its start, 95.3% after its first batch.
    ['blind179.jsonl', 0.95],
    // Pictures, memes and GIFs described in words (150) against 80 satirical cartoons and 70 news photos
    // and reports; written and studied in the thirty-first session: 74.3% (7 false alarms, 70 misses)
    // at its start, 88.0% after its first batch.
    ['blind181.jsonl', 0.88],
    // Conscience votes (150) against 100 fierce moral condemnations and 50 thanks and stories; written
    // and studied in the thirty-first session: 80.0% (9 false alarms, 51 misses) at its start, 94.7%
    // after its first batch.
    ['blind183.jsonl', 0.94],
    // Disabled and neurodivergent politicians (150) against 90 criticisms and 60 constituents and
    // charities; written and studied in the thirty-first session: 76.0% (2 false alarms, 70 misses) at
    // its start, 93.3% after its batch.
    ['blind185.jsonl', 0.93],
    // Class war and strikes (150) against 100 fierce attacks with old slogans and 50 picket-line posts;
    // written and studied in the thirty-first session: 84.7% (5 false alarms, 41 misses), then 97.0%.
    ['blind187.jsonl', 0.97],
    // Foreign wars and foreign influence (150) against 100 bitter criticisms and 50 refugees' thanks;
    // written and studied in the thirty-first session: 80.7% (3 false alarms, 55 misses), then 97.0%.
    ['blind189.jsonl', 0.97],
    // Race, religion and sex together (150) against 90 criticisms and 60 posts of pride; written and
    // studied in the thirty-first session: 74.0% (1 false alarm, 77 misses), then 95.7%.
    ['blind191.jsonl', 0.95],
    // One-liners of 1 to 8 words (150) against 90 blunt criticisms and 60 kind words; written and
    // studied in the thirty-first session: 87.0% (no false alarm, 39 misses), then 98.3%.
    ['blind193.jsonl', 0.98],
    // Parody, fake quotes and mock diaries (150) against 120 satires of policy and 30 kind readers;
    // written and studied in the thirty-first session: 73.0% (no false alarm, 81 misses), then 96.0%.
    ['blind195.jsonl', 0.96],
    // Livestream chat (150) against 90 rude mockery and 60 friendly lines; written and studied in the
    // thirty-first session: 85.0% (no false alarm, 45 misses), then 98.3%.
    ['blind197.jsonl', 0.98],
    // Crime and punishment (150) against 100 fierce criticisms and 50 victims' families; written and
    // studied in the thirty-first session: 75.3% (8 false alarms, 66 misses), then 95.0%.
    ['blind199.jsonl', 0.95],
    // Northern Ireland's flags, legacy and bonfires (150) against 100 constitutional arguments and 50
    // cross-community statements; written and studied in the thirty-first session: 77.7% (7 false
    // alarms, 60 misses), then 94.7%.
    ['blind201.jsonl', 0.94],
    // Irish, Polish, Romanian and Traveller politicians (150) against 90 blunt arguments and 60
    // community posts; written and studied in the thirty-first session: 69.7% (2, 89), then 92.3%.
    ['blind203.jsonl', 0.92],
    // Smears (150) against 110 serious reports of allegations and 40 survivors' posts; written and
    // studied in the thirty-first session: 82.7% (2, 50), then 94.3%.
    ['blind205.jsonl', 0.94],
    // Self-harm urged on politicians who spoke about their mental health (150) against 70 criticisms and
    // 80 stories and helplines; written and studied in the thirty-first session: 75.0% (5, 70), then 86.0%.
    ['blind207.jsonl', 0.86],
    // Hashtags (150) against 100 campaign tags and 50 solidarity tags; written and studied in the
    // thirty-first session: 87.7% (2 false alarms, 35 misses), then 95.7%.
    ['blind209.jsonl', 0.95],
    // The online-speech fight (150) against 110 attacks on the law and 40 victims' posts; written and
    // studied in the thirty-first session: 85.3% (no false alarm, 44 misses), then 98.7%.
    ['blind211.jsonl', 0.98],
    // Reviews of MPs' offices (150) against 100 scathing reviews and 50 grateful ones; written and
    // studied in the thirty-first session: 85.7% (no false alarm, 43 misses), then 98.0%.
    ['blind213.jsonl', 0.98],
    // The small boats (150) against 110 arguments and 40 volunteers' posts; written and studied in the
    // thirty-first session: 75.0% (2 false alarms, 73 misses), then 98.3%.
    ['blind215.jsonl', 0.98],
    // Wales and the Senedd (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-second session: 79.0% (0, 63), then 98.0%.
    ['blind217.jsonl', 0.98],
    // Veterans and the armed forces (150) against 110 arguments and 40 supportive posts; written and
    // studied in the thirty-second session: 82.3% (1, 52), then 95.3%.
    ['blind219.jsonl', 0.95],
    // Politicians' families (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-second session: 77.3% (1, 67), then 97.0%.
    ['blind221.jsonl', 0.97],
    // Expenses and lobbying (150) against 120 arguments and 30 supportive posts; written and studied
    // in the thirty-second session: 90.7% (1, 27), then 99.0%.
    ['blind223.jsonl', 0.99],
    // The NHS (150) against 110 arguments and 40 supportive posts; written and studied in the
    // thirty-second session: 86.7% (3, 37), then 97.7%.
    ['blind225.jsonl', 0.97],
    // Emails to MPs' offices (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-second session: 81.0% (27, 30), then 87.7%.
    ['blind227.jsonl', 0.87],
    // Algospeak comments (150) against 90 arguments and 60 supportive posts; written and studied in
    // the thirty-second session: 82.3% (3, 50), then 96.7%.
    ['blind229.jsonl', 0.96],
    // Reddit comments (150) against 120 arguments and 30 supportive posts; written and studied in the
    // thirty-second session: 81.0% (11, 46), then 97.3%.
    ['blind231.jsonl', 0.97],
    // Older people's Facebook comments (150) against 110 arguments and 40 supportive posts; written
    // and studied in the thirty-second session: 87.3% (3, 35), then 97.7%.
    ['blind233.jsonl', 0.97],
    // Backhanded compliments (150) against 90 arguments and 60 supportive posts; written and studied
    // in the thirty-second session: 76.3% (2, 69), then 97.3%.
    ['blind235.jsonl', 0.97],
    // The days after an attack (150) against 90 arguments and 60 supportive posts; written and studied
    // in the thirty-second session: 73.3% (3, 77), then 96.7%.
    ['blind237.jsonl', 0.96],
    // Reality TV (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-second session: 72.0% (3, 81), then 97.0%.
    ['blind239.jsonl', 0.97],
    // Quote-posts and reposts (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-second session: 87.3% (6, 32), then 96.0%.
    ['blind241.jsonl', 0.96],
    // Manosphere language (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-second session: 73.0% (6, 75), then 97.7%.
    ['blind243.jsonl', 0.97],
    // Road and drill slang (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-second session: 75.3% (2, 72), then 96.7%.
    ['blind245.jsonl', 0.96],
    // Voice-typed posts (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-second session: 90.7% (0, 28), then 98.7%.
    ['blind247.jsonl', 0.98],
    // Abuse from the left (150) against 110 arguments and 40 supportive posts; written and studied in
    // the thirty-second session: 85.7% (3, 40), then 97.3%.
    ['blind249.jsonl', 0.97],
    // Violence against women and girls (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-second session: 81.7% (2, 53), then 98.7%.
    ['blind251.jsonl', 0.98],
    // The monarchy (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-second session: 78.3% (5, 60), then 96.3%.
    ['blind253.jsonl', 0.96],
    // Universities and students (150) against 110 arguments and 40 supportive posts; written and
    // studied in the thirty-second session: 78.7% (1, 63), then 99.0%.
    ['blind255.jsonl', 0.99],
    // Bluesky and Mastodon posts (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-second session: 84.3% (3, 44), then 98.3%.
    ['blind257.jsonl', 0.98],
    // Lawyers and judges (150) against 110 arguments and 40 supportive posts; written and studied in
    // the thirty-second session: 81.3% (2, 54), then 96.0%.
    ['blind259.jsonl', 0.96],
    // Housing and landlords (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-second session: 83.7% (4, 45), then 97.3%.
    ['blind261.jsonl', 0.97],
    // Festival greetings (150) against 80 arguments and 70 supportive posts; written and studied in
    // the thirty-second session: 80.3% (1, 58), then 99.0%.
    ['blind263.jsonl', 0.99],
    // Gaming and Discord chat (150) against 90 arguments and 60 supportive posts; written and studied
    // in the thirty-third session: 84.3% (3, 44), then 95.3%.
    ['blind265.jsonl', 0.95],
    // Deaths of former politicians (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-third session: 75.3% (4, 70), then 98.7%.
    ['blind267.jsonl', 0.98],
    // Parenting-forum threads (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-third session: 87.3% (4, 34), then 98.0%.
    ['blind269.jsonl', 0.98],
    // Regional dialects (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-third session: 82.3% (6, 47), then 96.3%.
    ['blind271.jsonl', 0.96],
    // The Budget and taxes (150) against 110 arguments and 40 supportive posts; written and studied in
    // the thirty-third session: 88.0% (0, 36), then 99.3%.
    ['blind273.jsonl', 0.99],
    // Welfare cuts (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 81.3% (2, 54), then 99.0%.
    ['blind275.jsonl', 0.99],
    // Petitions and consultations (150) against 110 arguments and 40 supportive posts; written and
    // studied in the thirty-third session: 84.7% (1, 45), then 98.3%.
    ['blind277.jsonl', 0.98],
    // East and South-East Asian MPs (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-third session: 75.3% (1, 73), then 97.7%.
    ['blind279.jsonl', 0.97],
    // Floods and storms (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-third session: 83.7% (2, 47), then 98.3%.
    ['blind281.jsonl', 0.98],
    // Mock politeness (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 85.3% (2, 42), then 98.7%.
    ['blind283.jsonl', 0.98],
    // Doorstep canvassing (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-third session: 82.3% (1, 52), then 98.0%.
    ['blind285.jsonl', 0.98],
    // YouTube comments on clips (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-third session: 82.3% (3, 50), then 98.3%.
    ['blind287.jsonl', 0.98],
    // Schools and Ofsted (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-third session: 85.0% (2, 43), then 99.3%.
    ['blind289.jsonl', 0.99],
    // Police and protests (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-third session: 80.3% (3, 56), then 98.3%.
    ['blind291.jsonl', 0.98],
    // Trains and buses (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 85.7% (1, 42), then 99.0%.
    ['blind293.jsonl', 0.99],
    // Pubs and smoking (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 81.7% (17, 38), then 98.0%.
    ['blind295.jsonl', 0.98],
    // Neighbourhood groups (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-third session: 78.7% (7, 57), then 96.3%.
    ['blind297.jsonl', 0.96],
    // Newspaper comment sections (150) against 110 arguments and 40 supportive posts; written and
    // studied in the thirty-third session: 88.0% (0, 36), then 99.7%.
    ['blind301.jsonl', 0.99],
    // MPs' staff (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 77.3% (1, 67), then 99.0%.
    ['blind303.jsonl', 0.99],
    // Meme formats (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 82.0% (3, 51), then 98.3%.
    ['blind305.jsonl', 0.98],
    // Deepfakes (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 76.0% (1, 71), then 97.0%.
    ['blind307.jsonl', 0.97],
    // Drugs policy (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-third session: 80.0% (1, 59), then 98.3%.
    ['blind309.jsonl', 0.98],
    // Long rants and threads (150) against 110 arguments and 40 supportive posts; written and studied
    // in the thirty-third session: 87.7% (13, 24), then 94.7%.
    ['blind299.jsonl', 0.94],
    // Sport (150) against 100 arguments and 50 supportive posts; written and studied in the thirty-
    // third session: 82.3% (4, 49), then 98.3%.
    ['blind311.jsonl', 0.98],
    // Scottish independence (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-fourth session: 84.0% (6, 42), then 96.7%.
    ['blind313.jsonl', 0.96],
    // Assisted dying (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-fourth session: 83.0% (2, 49), then 98.0%.
    ['blind315.jsonl', 0.98],
    // Talk-radio phone-ins (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 86.3% (3, 38), then 96.3%.
    ['blind317.jsonl', 0.96],
    // Betting and gambling (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 87.0% (3, 36), then 97.3%.
    ['blind319.jsonl', 0.97],
    // Climate and net zero (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 85.3% (2, 42), then 97.0%.
    ['blind321.jsonl', 0.97],
    // Leaked group chats (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 82.0% (6, 48), then 97.0%.
    ['blind323.jsonl', 0.97],
    // Northern Ireland (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-fourth session: 84.7% (4, 42), then 95.7%.
    ['blind325.jsonl', 0.95],
    // Sarcasm, part three (150) against 110 arguments and 40 supportive posts; written and studied in
    // the thirty-fourth session: 83.0% (0, 51), then 97.7%.
    ['blind327.jsonl', 0.97],
    // Farming and rural Britain (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 81.3% (3, 53), then 97.3%.
    ['blind329.jsonl', 0.97],
    // Housing and landlords (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-fourth session: 84.3% (1, 46), then 97.3%.
    ['blind331.jsonl', 0.97],
    // The NHS and strikes (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 85.3% (1, 43), then 98.7%.
    ['blind333.jsonl', 0.98],
    // Armed forces and veterans (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 79.3% (2, 60), then 95.7%.
    ['blind335.jsonl', 0.95],
    // Universities and free speech (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 83.0% (1, 50), then 98.3%.
    ['blind337.jsonl', 0.98],
    // Wales and the Senedd (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 82.7% (3, 49), then 98.7%.
    ['blind339.jsonl', 0.98],
    // Private lives and scandal (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 77.7% (4, 63), then 97.3%.
    ['blind341.jsonl', 0.97],
    // Pensioners (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-fourth session: 88.0% (1, 35), then 98.3%.
    ['blind343.jsonl', 0.98],
    // Celebrity and influencers (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 87.3% (1, 37), then 99.0%.
    ['blind345.jsonl', 0.99],
    // Asylum hotels and small boats (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 77.7% (5, 62), then 97.0%.
    ['blind347.jsonl', 0.97],
    // Count nights (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-fourth session: 87.0% (0, 39), then 98.7%.
    ['blind349.jsonl', 0.98],
    // Quote-posts and pile-ons (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fourth session: 86.0% (8, 34), then 97.3%.
    ['blind351.jsonl', 0.97],
    // Religion in politics (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 82.7% (3, 49), then 99.0%.
    ['blind353.jsonl', 0.99],
    // Sewage and water bosses (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-fourth session: 84.7% (5, 41), then 96.7%.
    ['blind355.jsonl', 0.96],
    // Replies of one to eight words (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-fourth session: 91.7% (1, 24), then 97.3%.
    ['blind357.jsonl', 0.97],
    // Cost of living (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-fourth session: 87.0% (4, 35), then 97.0%.
    ['blind359.jsonl', 0.97],
    // Disabled MPs (150) against 100 arguments and 50 supportive posts; written and studied in the
    // thirty-fourth session: 86.7% (6, 34), then 97.7%.
    ['blind361.jsonl', 0.97],
    // Mixed-language posts (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-fourth session: 86.7% (0, 40), then 99.0%.
    ['blind363.jsonl', 0.99],
    // Trade unions and strikes (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 86.7% (3, 37), then 99.0%.
    ['blind365.jsonl', 0.99],
    // Brexit and Europe (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 83.3% (3, 47), then 98.3%.
    ['blind367.jsonl', 0.98],
    // The monarchy and republicans (150) against 100 arguments and 50 supportive posts; written
    // and studied in the thirty-fifth session: 83.0% (6, 45), then 97.7%.
    ['blind369.jsonl', 0.97],
    // Local Facebook groups (150) against 95 arguments and 55 supportive posts; written and
    // studied in the thirty-fifth session: 85.3% (5, 39), then 98.0%.
    ['blind371.jsonl', 0.98],
    // Crypto and the City (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 79.3% (2, 60), then 99.3%.
    ['blind373.jsonl', 0.99],
    // Court reports and trials (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-fifth session: 72.7% (3, 79), then 97.7%.
    ['blind375.jsonl', 0.97],
    // Gen Z slang (150) against 95 arguments and 55 supportive posts; written and studied in
    // the thirty-fifth session: 82.0% (7, 47), then 97.3%.
    ['blind377.jsonl', 0.97],
    // Bots and foreign interference (150) against 100 arguments and 50 supportive posts;
    // written and studied in the thirty-fifth session: 83.0% (3, 48), then 98.3%.
    ['blind379.jsonl', 0.98],
    // Hunting and animal welfare (150) against 100 arguments and 50 supportive posts; written
    // and studied in the thirty-fifth session: 84.7% (4, 42), then 98.0%.
    ['blind381.jsonl', 0.98],
    // Gamers and streamers (150) against 95 arguments and 55 supportive posts; written and
    // studied in the thirty-fifth session: 81.7% (5, 50), then 98.3%.
    ['blind383.jsonl', 0.98],
    // Middle East marches (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 84.3% (3, 44), then 99.0%.
    ['blind385.jsonl', 0.99],
    // Expenses and lobbying (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 82.3% (4, 49), then 98.7%.
    ['blind387.jsonl', 0.98],
    // MPs' partners and marriages (150) against 90 arguments and 60 supportive posts; written
    // and studied in the thirty-fifth session: 78.0% (5, 61), then 97.7%.
    ['blind389.jsonl', 0.97],
    // Vaccine and conspiracy communities (150) against 100 arguments and 50 supportive posts;
    // written and studied in the thirty-fifth session: 83.7% (2, 47), then 98.7%.
    ['blind391.jsonl', 0.98],
    // Traveller sites (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-fifth session: 80.0% (3, 57), then 98.7%.
    ['blind393.jsonl', 0.98],
    // Police and protest (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 81.7% (5, 50), then 97.3%.
    ['blind395.jsonl', 0.97],
    // Floods and heatwaves (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 78.3% (13, 52), then 95.3%.
    ['blind397.jsonl', 0.95],
    // The BBC and culture wars (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 84.7% (3, 43), then 98.7%.
    ['blind399.jsonl', 0.98],
    // Bonfire Night and effigies (150) against 95 arguments and 55 supportive posts; written
    // and studied in the thirty-fifth session: 79.7% (2, 59), then 98.3%.
    ['blind401.jsonl', 0.98],
    // Schools and Ofsted (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 85.7% (4, 39), then 98.7%.
    ['blind403.jsonl', 0.98],
    // Pubs and nights out (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 83.7% (6, 43), then 97.7%.
    ['blind405.jsonl', 0.97],
    // Trains and levelling up (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-fifth session: 85.3% (3, 41), then 97.7%.
    ['blind407.jsonl', 0.97],
    // Festival greetings (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-fifth session: 79.7% (1, 60), then 99.0%.
    ['blind409.jsonl', 0.99],
    // Looks, clothes and photos (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-fifth session: 77.0% (5, 64), then 98.0%.
    ['blind411.jsonl', 0.98],
    // Energy bills and net zero (150) against 100 arguments and 50 supportive posts; written
    // and studied in the thirty-sixth session: 88.3% (5, 30), then 94.3%.
    ['blind413.jsonl', 0.94],
    // Animal rights and farming (150) against 100 arguments and 50 supportive posts; written
    // and studied in the thirty-sixth session: 83.0% (5, 46), then 94.7%.
    ['blind415.jsonl', 0.94],
    // Radio phone-ins (150) against 90 arguments and 60 supportive posts; written and studied
    // in the thirty-sixth session: 81.0% (7, 50), then 92.3%.
    ['blind417.jsonl', 0.92],
    // NHS dentists and GPs (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 84.3% (3, 44), then 96.3%.
    ['blind419.jsonl', 0.96],
    // Holyrood and the Senedd (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 84.7% (1, 45), then 96.0%.
    ['blind421.jsonl', 0.96],
    // Students and campuses (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-sixth session: 84.3% (2, 45), then 95.7%.
    ['blind423.jsonl', 0.95],
    // Disability benefits and carers (150) against 100 arguments and 50 supportive posts;
    // written and studied in the thirty-sixth session: 83.3% (5, 45), then 94.0%.
    ['blind425.jsonl', 0.94],
    // Fishing and coastal towns (150) against 100 arguments and 50 supportive posts; written
    // and studied in the thirty-sixth session: 81.0% (2, 55), then 96.3%.
    ['blind427.jsonl', 0.96],
    // Tech, AI and online safety (150) against 90 arguments and 60 supportive posts; written
    // and studied in the thirty-sixth session: 80.7% (3, 55), then 93.3%.
    ['blind429.jsonl', 0.93],
    // Assisted dying and faith (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 78.3% (5, 60), then 95.0%.
    ['blind431.jsonl', 0.95],
    // Affairs and private lives (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-sixth session: 81.3% (6, 50), then 95.7%.
    ['blind433.jsonl', 0.95],
    // Drivers and 20mph zones (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 86.3% (2, 39), then 98.3%.
    ['blind435.jsonl', 0.98],
    // Defence and veterans (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 80.7% (4, 54), then 93.7%.
    ['blind437.jsonl', 0.93],
    // Prisons and sentencing (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 87.0% (2, 37), then 96.3%.
    ['blind439.jsonl', 0.96],
    // Childcare and maternity (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-sixth session: 84.3% (3, 44), then 97.7%.
    ['blind441.jsonl', 0.97],
    // Pensions and WASPI women (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 87.7% (1, 36), then 96.7%.
    ['blind443.jsonl', 0.96],
    // Water and sewage (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-sixth session: 78.0% (13, 53), then 92.7%.
    ['blind445.jsonl', 0.92],
    // Homelessness and housing (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 87.3% (1, 37), then 98.0%.
    ['blind447.jsonl', 0.98],
    // Bankrupt councils (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 85.3% (7, 37), then 97.0%.
    ['blind449.jsonl', 0.97],
    // Gambling and betting (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-sixth session: 84.7% (3, 43), then 98.0%.
    ['blind451.jsonl', 0.98],
    // Holidays and second homes (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-sixth session: 82.0% (3, 51), then 98.0%.
    ['blind453.jsonl', 0.98],
    // Horizon and infected blood (150) against 100 arguments and 50 supportive posts; written
    // and studied in the thirty-seventh session: 85.7% (6, 37), then 87.0%.
    ['blind455.jsonl', 0.87],
    // Covid inquiry (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-seventh session: 84.0% (0, 48), then 85.7%.
    ['blind457.jsonl', 0.85],
    // An MP's illness (150) against 70 arguments and 80 supportive posts; written and studied
    // in the thirty-seventh session: 76.3% (2, 69), then 79.0%.
    ['blind459.jsonl', 0.79],
    // Deaths and condolences (150) against 70 arguments and 80 supportive posts; written and
    // studied in the thirty-seventh session: 79.3% (4, 58), then 81.0%.
    ['blind461.jsonl', 0.81],
    // Festivals and chants (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-seventh session: 80.3% (4, 55), then 81.7%.
    ['blind463.jsonl', 0.81],
    // Football clubs and owners (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-seventh session: 82.3% (4, 49), then 83.0%.
    ['blind465.jsonl', 0.83],
    // Steelworks and closures (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 85.0% (5, 40), then 86.7%.
    ['blind467.jsonl', 0.86],
    // Windrush and deportations (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-seventh session: 86.0% (3, 39), then 88.3%.
    ['blind469.jsonl', 0.88],
    // Airports and flights (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 85.0% (4, 41), then 85.7%.
    ['blind471.jsonl', 0.85],
    // Statues and history (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 81.3% (6, 50), then 82.3%.
    ['blind473.jsonl', 0.82],
    // Sex education protests (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-seventh session: 83.3% (6, 44), then 84.3%.
    ['blind475.jsonl', 0.84],
    // Mayors and PCCs (150) against 100 arguments and 50 supportive posts; written and studied
    // in the thirty-seventh session: 85.7% (6, 37), then 86.3%.
    ['blind477.jsonl', 0.86],
    // Places of worship (150) against 90 arguments and 60 supportive posts; written and studied
    // in the thirty-seventh session: 81.7% (7, 48), then 81.7%.
    ['blind479.jsonl', 0.81],
    // Grenfell and cladding (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 87.7% (3, 34), then 88.7%.
    ['blind481.jsonl', 0.88],
    // Shoplifting and retail (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 84.0% (4, 44), then 84.0%.
    ['blind483.jsonl', 0.84],
    // Social care (150) against 100 arguments and 50 supportive posts; written and studied in
    // the thirty-seventh session: 82.7% (2, 50), then 82.7%.
    ['blind485.jsonl', 0.82],
    // Pets and animals (150) against 70 arguments and 80 supportive posts; written and studied
    // in the thirty-seventh session: 78.7% (8, 56), then 80.3%.
    ['blind487.jsonl', 0.8],
    // Security and surgeries (150) against 90 arguments and 60 supportive posts; written and
    // studied in the thirty-seventh session: 87.3% (2, 36), then 87.3%.
    ['blind489.jsonl', 0.87],
    // Green belt and new towns (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 83.7% (1, 48), then 83.7%.
    ['blind491.jsonl', 0.83],
    // Charity sport (150) against 80 arguments and 70 supportive posts; written and studied in
    // the thirty-seventh session: 79.0% (9, 54), then 79.7%.
    ['blind493.jsonl', 0.79],
    // Remembrance and flags (150) against 100 arguments and 50 supportive posts; written and
    // studied in the thirty-seventh session: 80.0% (9, 51), then 81.3%.
    ['blind495.jsonl', 0.81],
  ] as const)
    it(`also holds on ${file}, once its errors were studied`, () => {
      const r = evaluateContrast(classifier, readContrast(path.join(fixtures, file)));
      expect(r.n).toBe(300);
      expect(r.accuracy).toBeGreaterThanOrEqual(floor);
    });

  // Still blind (their errors have never been read). First scored with the session's code at 78.0%
  // (blind4, every category), 64.0% (blind6) and 64.7% (blind7; both threats, self-harm, incitement
  // and doxxing only); blind9 (the same categories) at 61.0%, and blind11 and blind14 (every
  // category) at 76.7% and 79.0%, and blind16 (dangerous; written after the fifth session's last fixes,
  // 59.3% with that session's starting code, 64.7% with its final code), all added in the fifth
  // session. The sixth session added blind18, blind20 and blind21 (dangerous: 68.0%, 67.3% and 67.0%
  // with its starting code) and blind22 (every category, 79.3%), and moved every unread set up by
  // 0.3–2.7 points (tests/fixtures/classify/README.md). The seventh session moved blind6, 7, 9, 18,
  // 20, 21 and 24 up by 0.3–1.0 points and none down. The floors
  // only catch a change that makes the rules generalise worse; they are not targets to tune against.
  for (const [file, floor] of [
    ['blind4.jsonl', 0.79],
    ['blind6.jsonl', 0.68],
    ['blind7.jsonl', 0.69],
    ['blind9.jsonl', 0.65],
    ['blind11.jsonl', 0.79],
    ['blind14.jsonl', 0.8],
    ['blind16.jsonl', 0.65],
    ['blind18.jsonl', 0.67],
    ['blind20.jsonl', 0.69],
    ['blind21.jsonl', 0.67],
    ['blind22.jsonl', 0.78],
    // Threats only, written late in the sixth session: 56.0% at its start, 58.7% at its end, 59.3%
    // after the seventh.
    ['blind24.jsonl', 0.58],
    // Dangerous categories, written at the end of the seventh session by a helper who never saw the
    // code: 70.0% (9 false alarms, 81 misses) with the session's starting code and with its final code.
    ['blind25.jsonl', 0.69],
    // Threats and incitement with look-alikes, written early in the eighth session by a helper who
    // never saw the code: 71.0% with the session's starting code, 71.3% after the menace rule.
    ['blind26.jsonl', 0.7],
    // The same brief as blind27, written in the twelfth session by a second helper and never read:
    // 89.0% with the session's starting code, 89.7% with its final code.
    ['blind28.jsonl', 0.89],
    // The same brief as blind29, written by a second helper in the twelfth session and never read:
    // 65.0% with the session's starting code.
    ['blind30.jsonl', 0.66],
    // The same brief as blind31, written by a second helper in the thirteenth session and never read:
    // 62.7% with the session's starting code.
    ['blind32.jsonl', 0.63],
    // The same brief as blind33, written by a second helper in the thirteenth session and never read:
    // 89.7% with the session's starting code.
    ['blind34.jsonl', 0.89],
    // The same brief as blind35, written by a second helper in the thirteenth session and never read:
    // 76.3% with the session's starting code.
    ['blind36.jsonl', 0.76],
    // Around attacks on politicians: solidarity, reports and court news against threats, calls to harm
    // and doxxing that borrow their words. Written at the end of the sixteenth session by a helper who
    // never saw the code, and never read: 71.0% with the session's starting code and with its final code.
    ['blind37.jsonl', 0.7],
    // The same brief as blind38, written by a second helper in the seventeenth session and never
    // read: 65.3% with the session's starting code and with its final code.
    ['blind39.jsonl', 0.65],
    // The same brief as blind40, written by a second helper in the eighteenth session and never read:
    // 72.3% with the session's starting code, 74.3% with its final code.
    ['blind41.jsonl', 0.74],
    // The same brief as blind42 and blind44, written by a third helper in the eighteenth session and
    // never read: 66.0% with the session's starting code, 69.3% with its final code (sexualised 20 → 28
    // of 80 caught, misogyny 18 → 20 of 50).
    ['blind43.jsonl', 0.68],
    // The same brief as blind45, written by a second helper in the eighteenth session and never read:
    // 77.0% with the nineteenth session's starting code, 81.0% with its final code (doxxing 100 → 109
    // of 150 caught, false alarms 19 → 16).
    ['blind46.jsonl', 0.8],
    // The same brief as blind47, written by a second helper in the nineteenth session and never read:
    // 62.3% with the session's starting code, 64.3% with its final code.
    ['blind48.jsonl', 0.64],
    // The same brief as blind49, written by a second helper in the twentieth session and never read:
    // 64.7% with the session's starting code, 68.3% with its final code.
    ['blind50.jsonl', 0.68],
    // Every category (150 abusive across all fifteen, against 75 harsh criticisms and 75 supportive
    // posts), written by two more helpers at the end of the twentieth session and never read: 78.0% and
    // 82.3% with the session's starting code, 79.3% and 82.7% with its final code (no new false alarm).
    ['blind51.jsonl', 0.79],
    ['blind52.jsonl', 0.82],
    // The same brief as blind53, written by a second helper and never read: 63.0% with the twentieth
    // session's starting code, 69.7% with its final code (no new false alarm).
    ['blind54.jsonl', 0.69],
    // The same brief as blind55, written by a second helper and never read: 72.3% with the
    // twenty-first session's starting code, 74.3% with its final code (9 → 7 false alarms).
    ['blind56.jsonl', 0.74],
    // The same brief as blind57, written by a second helper and never read: 66.0% with the
    // twenty-second session's starting code, 67.0% with its final code (13 false alarms both times).
    ['blind58.jsonl', 0.67],
    // The same brief as blind59, written by a second helper and never read: 78.7% with the
    // twenty-third session's starting code, 79.7% with its final code (no new false alarm).
    ['blind60.jsonl', 0.79],
    // The same brief as blind61, written by a second helper and never read: 63.7% with the
    // twenty-third session's starting code, 64.7% with its final code (no new false alarm).
    ['blind62.jsonl', 0.64],
    // The same brief as blind63, written by a second helper and never read: 62.0% with the
    // twenty-third session's starting code, 64.0% with its final code (no false alarm either time).
    ['blind64.jsonl', 0.64],
    // The same brief as blind65, written by a second helper and never read: 58.0% with the
    // twenty-fourth session's starting code, 60.7% with its final code (13 → 12 false alarms).
    ['blind66.jsonl', 0.6],
    // The same brief as blind67, written by a second helper and never read: 61.3% with the
    // twenty-fourth session's starting code, 62.3% with its final code (12 false alarms both times).
    ['blind68.jsonl', 0.62],
    // The same brief as blind69, written by a second helper and never read: 75.0% with the
    // twenty-fourth session's starting code, 75.3% with its final code (7 → 6 false alarms).
    ['blind70.jsonl', 0.75],
    // The same brief as blind71, written by a second helper and never read: 72.0% with the
    // twenty-fourth session's starting code, 73.3% with its final code (4 false alarms both times).
    ['blind72.jsonl', 0.73],
    // The same brief as blind73, written by a second helper and never read: 58.7% with the
    // twenty-fifth session's starting code, 62.7% with its final code (4 false alarms both times).
    ['blind74.jsonl', 0.62],
    // The same brief as blind75, written by a second helper and never read: 57.7% with the
    // twenty-fifth session's starting code, 61.7% with its final code (6 false alarms both times).
    ['blind76.jsonl', 0.61],
    // The same brief as blind77, written by a second helper and never read: 65.0% with the
    // twenty-fifth session's starting code, 67.3% with its final code (6 → 5 false alarms).
    ['blind78.jsonl', 0.67],
    // The same brief as blind79, written by a second helper and never read: 55.7% with the
    // twenty-fifth session's starting code, 60.0% with its final code (5 → 2 false alarms).
    ['blind80.jsonl', 0.6],
    // The same brief as blind81, written by a second helper and never read: 55.0% with the
    // twenty-fifth session's starting code, 59.7% with its final code (6 false alarms both times).
    ['blind82.jsonl', 0.59],
    // The same brief as blind83, written by a second helper and never read: 70.0% with the
    // twenty-sixth session's starting code, 70.3% with its final code (13 false alarms both times).
    ['blind84.jsonl', 0.7],
    // The same brief as blind85, written by a second helper and never read: 71.0% with the
    // twenty-sixth session's starting code, 71.7% with its final code (5 → 4 false alarms).
    ['blind86.jsonl', 0.71],
    // The same brief as blind87, written by a second helper and never read: 76.0% with the
    // twenty-sixth session's starting code and with its final code (3 false alarms both times).
    ['blind88.jsonl', 0.76],
    // The same brief as blind89, written by a second helper and never read: 65.7% with the
    // twenty-sixth session's starting code, 67.0% with its final code (9 false alarms both times).
    ['blind90.jsonl', 0.67],
    // The same brief as blind91, written by a second helper and never read: 78.7% with the
    // twenty-seventh session's starting code, 81.0% with its final code (21 → 17 false alarms).
    ['blind92.jsonl', 0.81],
    // The same brief as blind93, written by a second helper and never read: 74.7% with the
    // twenty-seventh session's starting code, 77.7% with its final code (11 → 10 false alarms).
    ['blind94.jsonl', 0.77],
    // The same brief as blind95, written by a second helper and never read: 83.3% with the
    // twenty-seventh session's starting code, 85.7% with its final code (2 → 1 false alarms).
    ['blind96.jsonl', 0.85],
    // The same brief as blind97, written by a second helper and never read: 79.7% with the
    // twenty-seventh session's starting code, 81.3% with its final code (3 → 1 false alarms).
    ['blind98.jsonl', 0.81],
    // The same brief as blind99, written by a second helper and never read: 70.7% with the
    // twenty-seventh session's starting code, 72.3% with its final code (2 false alarms both times).
    ['blind100.jsonl', 0.72],
    // The same brief as blind101, written by a second helper and never read: 82.7% with the
    // twenty-eighth session's starting code, 84.3% with its final code (8 false alarms both times).
    ['blind102.jsonl', 0.83],
    // The same brief as blind103, written by a second helper and never read: 77.7% with the
    // twenty-eighth session's starting code, 79.0% with its final code (3 false alarms both times).
    ['blind104.jsonl', 0.78],
    // The same brief as blind105, written by a second helper and never read: 84.7% with the
    // twenty-eighth session's starting code, 86.0% with its final code (4 false alarms both times).
    ['blind106.jsonl', 0.86],
    // The same brief as blind107, written by a second helper and never read: 74.7% with the
    // twenty-eighth session's starting code, 76.0% with its final code (4 false alarms both times).
    ['blind108.jsonl', 0.75],
    // The same brief as blind109, written by a second helper and never read: 80.3% with the
    // twenty-eighth session's starting code, 81.0% with its final code (4 false alarms both times).
    ['blind110.jsonl', 0.81],
    // The same brief as blind111, written by a second helper and never read: 74.0% with the
    // twenty-eighth session's starting code, 75.3% with its final code (1 false alarm both times).
    ['blind112.jsonl', 0.75],
    // The same brief as blind113, written by a second helper and never read: 73.7% with the
    // twenty-eighth session's starting code, 75.7% with its final code (4 false alarms both times).
    ['blind114.jsonl', 0.75],
    // The same brief as blind115, written by a second helper and never read: 71.0% with the
    // twenty-eighth session's starting code, 74.7% with its final code (5 false alarms both times).
    ['blind116.jsonl', 0.74],
    // The same brief as blind117, written by a second helper and never read: 73.0% with the
    // twenty-ninth session's starting code, 74.3% with its final code (4 false alarms both times).
    ['blind118.jsonl', 0.74],
    // The same brief as blind119, written by a second helper and never read: 76.7% with the
    // twenty-ninth session's starting code, 78.0% with its final code (4 false alarms, then 3).
    ['blind120.jsonl', 0.78],
    // The same brief as blind121, written by a second helper and never read: 86.0% with the
    // twenty-ninth session's starting code, 86.7% with its final code (8 false alarms both times).
    ['blind122.jsonl', 0.86],
    // The same brief as blind123, written by a second helper and never read: 77.0% with the
    // twenty-ninth session's starting code, 77.7% with its final code (2 false alarms both times).
    ['blind124.jsonl', 0.77],
    // The same brief as blind125, written by a second helper and never read: 76.3% with the
    // twenty-ninth session's starting code, 77.0% with its final code (2 false alarms both times).
    ['blind126.jsonl', 0.77],
    // The same brief as blind127, written by a second helper and never read: 78.3% with the
    // twenty-ninth session's starting code, 79.7% with its final code (6 false alarms both times).
    ['blind128.jsonl', 0.79],
    // The same brief as blind129, written by a second helper and never read: 85.0% with the
    // twenty-ninth session's starting code, 85.7% with its final code (4 false alarms both times).
    ['blind130.jsonl', 0.85],
    // The same brief as blind131, written by a second helper and never read: 81.3% with the
    // twenty-ninth session's starting code, 83.7% with its final code (13 false alarms, then 11).
    ['blind132.jsonl', 0.83],
    // The same brief as blind133, written by a second helper and never read: 81.7% with the
    // twenty-ninth session's starting code, 82.7% with its final code (4 false alarms both times).
    ['blind134.jsonl', 0.82],
    // The same brief as blind135, written by a second helper and never read: 78.3% with the
    // twenty-ninth session's starting code, 79.3% with its final code (7 false alarms, then 6).
    ['blind136.jsonl', 0.79],
    // The same brief as blind137, written by a second helper and never read: 79.3% with the
    // twenty-ninth session's starting code, 81.0% with its final code (4 false alarms both times).
    ['blind138.jsonl', 0.81],
    // The same brief as blind139, written by a second helper and never read: 76.7% with the thirtieth
    // session's starting code, 78.7% with its final code (2 false alarms both times).
    ['blind140.jsonl', 0.78],
    // The same brief as blind141, written by a second helper and never read: 82.7% with the thirtieth
    // session's starting code, 84.3% with its final code (4 false alarms both times).
    ['blind142.jsonl', 0.84],
    // The same brief as blind143, written by a second helper and never read: 70.7% with the thirtieth
    // session's starting code, 72.0% with its final code (no false alarm).
    ['blind144.jsonl', 0.71],
    // The same brief as blind145, written by a second helper and never read: 77.3% with the thirtieth
    // session's starting code, 77.7% with its final code (2 false alarms both times).
    ['blind146.jsonl', 0.77],
    // The same brief as blind147, written by a second helper and never read: 84.7% with the thirtieth
    // session's starting code, 85.7% with its final code (4 false alarms both times).
    ['blind148.jsonl', 0.85],
    // The same brief as blind149, written by a second helper and never read: 77.3% with the thirtieth
    // session's starting code, 83.0% with its final code (4 false alarms both times).
    ['blind150.jsonl', 0.83],
    // The same brief as blind151, written by a second helper and never read: 75.3% with the thirtieth
    // session's starting code, 77.3% with its final code (5 false alarms both times).
    ['blind152.jsonl', 0.77],
    // The same brief as blind153, written by a second helper and never read: 84.7% with the thirtieth
    // session's starting code, 86.0% with its final code (4 false alarms, then 3).
    ['blind154.jsonl', 0.85],
    // The same brief as blind155, written by a second helper and never read: 72.3% with the thirtieth
    // session's starting code, 75.3% with its final code (1 false alarm both times).
    ['blind156.jsonl', 0.75],
    // The same brief as blind157, written by a second helper and never read: 75.7% with the thirtieth
    // session's starting code, 77.3% with its final code (4 false alarms both times).
    ['blind158.jsonl', 0.77],
    // The same brief as blind159, written by a second helper and never read: 78.3% with the thirtieth
    // session's starting code, 80.3% with its final code (2 false alarms both times).
    ['blind160.jsonl', 0.8],
    // The same brief as blind161, written by a second helper and never read: 79.3% with the thirtieth
    // session's starting code, 81.0% with its final code (2 false alarms both times).
    ['blind162.jsonl', 0.8],
    // The same brief as blind163, written by a second helper and never read: 78.3% with the thirtieth
    // session's starting code, 79.3% with its final code (4 false alarms both times).
    ['blind164.jsonl', 0.79],
    // The same brief as blind165, written by a second helper and never read: 84.3% with the thirtieth
    // session's starting code, 85.0% with its final code (1 false alarm both times).
    ['blind166.jsonl', 0.85],
    // The same brief as blind167, written by a second helper and never read: 83.0% with the thirtieth
    // session's starting code, 84.3% with its final code (6 false alarms both times).
    ['blind168.jsonl', 0.84],
    // The same brief as blind169, written by a second helper and never read: 85.7% with the thirtieth
    // session's starting code, 86.7% with its final code (2 false alarms both times).
    ['blind170.jsonl', 0.86],
    // The same brief as blind171, written by a second helper and never read: 77.3% with the thirtieth
    // session's starting code, 79.0% with its final code (no false alarm).
    ['blind172.jsonl', 0.79],
    // The same brief as blind173, written by a second helper and never read: 80.3% with the thirtieth
    // session's starting code, 81.3% with its final code (2 false alarms both times).
    ['blind174.jsonl', 0.81],
    // The same brief as blind175, written by a second helper and never read: 67.0% with the thirtieth
    // session's starting code, 68.3% with its final code (16 false alarms, then 15); 68.7% after the
    // thirty-first session's first batch.
    ['blind176.jsonl', 0.68],
    // The same brief as blind177, written by a second helper and never read: 78.7% with the thirty-first
    // session's starting code, 79.7% after its first batch, 80.0% after its second (3 false alarms).
    ['blind178.jsonl', 0.8],
    // The same brief as blind179, never read: 84.3%, then 85.3% (1 false alarm both times).
    ['blind180.jsonl', 0.85],
    // The same brief as blind181, never read: 71.0% (6 false alarms), then 75.7% (4).
    ['blind182.jsonl', 0.75],
    // The same brief as blind183, never read: 80.3% (8 false alarms), then 82.3% (2).
    ['blind184.jsonl', 0.82],
    // The same brief as blind185, never read: 76.7% (6 false alarms), then 77.7% (6).
    ['blind186.jsonl', 0.77],
    // The same brief as blind187, never read: 87.0% (5 false alarms) at the start and after the batch.
    ['blind188.jsonl', 0.87],
    // The same brief as blind189, never read: 77.7%, then 78.3% (no false alarm).
    ['blind190.jsonl', 0.78],
    // The same brief as blind191, never read: 77.7%, then 79.3% (1 false alarm both times).
    ['blind192.jsonl', 0.79],
    // The same brief as blind193, never read: 88.7%, then 89.7% (no false alarm).
    ['blind194.jsonl', 0.89],
    // The same brief as blind195, never read: 74.3%, then 76.3% (no false alarm).
    ['blind196.jsonl', 0.76],
    // The same brief as blind197, never read: 86.7%, then 87.3% (1 false alarm both times).
    ['blind198.jsonl', 0.87],
    // The same brief as blind199, never read: 78.7%, then 79.0% (6 false alarms both times).
    ['blind200.jsonl', 0.79],
    // The same brief as blind201, never read: 78.0%, then 79.0% (7 false alarms both times).
    ['blind202.jsonl', 0.79],
    // The same brief as blind203, never read: 69.3%, then 70.7% (3 false alarms both times).
    ['blind204.jsonl', 0.7],
    // The same brief as blind205, never read: 84.7%, then 85.3% (1 false alarm both times).
    ['blind206.jsonl', 0.85],
    // The same brief as blind207, never read: 79.3%, then 79.7% (3 false alarms both times).
    ['blind208.jsonl', 0.79],
    // The same brief as blind209, never read: 88.0%, then 90.3% (2 false alarms both times).
    ['blind210.jsonl', 0.9],
    // The same brief as blind211, never read: 81.7%, then 83.0% (3 false alarms both times).
    ['blind212.jsonl', 0.83],
    // The same brief as blind213, never read: 84.0%, then 84.7% (1 false alarm both times).
    ['blind214.jsonl', 0.84],
    // The same brief as blind215, never read: 78.7%, then 80.0% (2 false alarms both times).
    ['blind216.jsonl', 0.8],
    // The same brief as blind217, never read: 76.0%, then 82.3% (1 false alarm both times).
    ['blind218.jsonl', 0.82],
    // The same brief as blind219, never read: 79.3%, then 80.3% (1 false alarm both times).
    ['blind220.jsonl', 0.8],
    // The same brief as blind221, never read: 81.0%, then 82.3% (0 false alarms both times).
    ['blind222.jsonl', 0.82],
    // The same brief as blind223, never read: 89.0%, then 89.3% (1 false alarm both times).
    ['blind224.jsonl', 0.89],
    // The same brief as blind225, never read: 84.7%, then 85.3% (3 false alarms both times).
    ['blind226.jsonl', 0.85],
    // The same brief as blind227, never read: 82.7%, then 85.0% (21 then 14 false alarms).
    ['blind228.jsonl', 0.85],
    // The same brief as blind229, never read: 76.3%, then 78.3% (1 false alarm both times).
    ['blind230.jsonl', 0.78],
    // The same brief as blind231, never read: 82.7%, then 86.7% (12 then 1 false alarms).
    ['blind232.jsonl', 0.86],
    // The same brief as blind233, never read: 88.7%, then 89.3% (1 false alarm both times).
    ['blind234.jsonl', 0.89],
    // The same brief as blind235, never read: 75.0%, then 76.0% (2 false alarms both times).
    ['blind236.jsonl', 0.76],
    // The same brief as blind237, never read: 69.0%, then 69.3% (4 false alarms both times).
    ['blind238.jsonl', 0.69],
    // The same brief as blind239, never read: 75.0%, then 76.0% (3 false alarms both times).
    ['blind240.jsonl', 0.76],
    // The same brief as blind241, never read: 82.7%, then 83.7% (9 then 7 false alarms).
    ['blind242.jsonl', 0.83],
    // The same brief as blind243, never read: 75.3%, then 77.0% (3 false alarms both times).
    ['blind244.jsonl', 0.77],
    // The same brief as blind245, never read: 76.0%, then 77.3% (1 false alarm both times).
    ['blind246.jsonl', 0.77],
    // The same brief as blind247, never read: 90.3%, then 90.7% (1 false alarm both times).
    ['blind248.jsonl', 0.9],
    // The same brief as blind249, never read: 86.7%, then 87.3% (4 false alarms both times).
    ['blind250.jsonl', 0.87],
    // The same brief as blind251, never read: 81.0%, then 81.7% (1 false alarm both times).
    ['blind252.jsonl', 0.81],
    // The same brief as blind253, never read: 82.3%, then 82.7% (1 false alarm both times).
    ['blind254.jsonl', 0.82],
    // The same brief as blind255, never read: 84.3%, then 84.7% (0 false alarms both times).
    ['blind256.jsonl', 0.84],
    // The same brief as blind257, never read: 85.3%, then 86.0% (3 false alarms both times).
    ['blind258.jsonl', 0.86],
    // The same brief as blind259, never read: 83.7%, then 84.0% (3 false alarms both times).
    ['blind260.jsonl', 0.84],
    // The same brief as blind261, never read: 82.3%, then 83.3% (7 false alarms both times).
    ['blind262.jsonl', 0.83],
    // The same brief as blind263, never read: 84.3%, then 85.3% (1 false alarm both times).
    ['blind264.jsonl', 0.85],
    // The same brief as blind265, never read: 84.3%, then 85.0% (5 false alarms both times).
    ['blind266.jsonl', 0.85],
    // The same brief as blind267, never read: 72.3%, then 73.7% (5 false alarms both times).
    ['blind268.jsonl', 0.73],
    // The same brief as blind269, never read: 80.7%, then 80.7% (3 false alarms both times).
    ['blind270.jsonl', 0.8],
    // The same brief as blind271, never read: 81.0%, then 83.7% (3 false alarms both times).
    ['blind272.jsonl', 0.83],
    // The same brief as blind273, never read: 88.0%, then 89.0% (2 false alarms both times).
    ['blind274.jsonl', 0.89],
    // The same brief as blind275, never read: 81.3%, then 82.7% (1 false alarm both times).
    ['blind276.jsonl', 0.82],
    // The same brief as blind277, never read: 88.7%, then 88.7% (0 false alarms both times).
    ['blind278.jsonl', 0.88],
    // The same brief as blind279, never read: 76.7%, then 79.0% (2 false alarms both times).
    ['blind280.jsonl', 0.79],
    // The same brief as blind281, never read: 84.0%, then 85.0% (2 false alarms both times).
    ['blind282.jsonl', 0.85],
    // The same brief as blind283, never read: 84.7%, then 85.0% (1 false alarm both times).
    ['blind284.jsonl', 0.85],
    // The same brief as blind285, never read: 81.0%, then 81.7% (1 false alarm both times).
    ['blind286.jsonl', 0.81],
    // The same brief as blind287, never read: 81.3%, then 82.0% (5 false alarms both times).
    ['blind288.jsonl', 0.82],
    // The same brief as blind289, never read: 84.3%, then 85.7% (0 false alarms both times).
    ['blind290.jsonl', 0.85],
    // The same brief as blind291, never read: 81.7%, then 81.7% (2 false alarms both times).
    ['blind292.jsonl', 0.81],
    // The same brief as blind293, never read: 82.7%, then 83.0% (4 false alarms both times).
    ['blind294.jsonl', 0.83],
    // The same brief as blind295, never read: 83.7%, then 88.3% (13 then 0 false alarms).
    ['blind296.jsonl', 0.88],
    // The same brief as blind297, never read: 72.7%, then 73.0% (20 false alarms both times).
    ['blind298.jsonl', 0.73],
    // The same brief as blind301, never read: 85.7%, then 87.0% (1 false alarm both times).
    ['blind302.jsonl', 0.87],
    // The same brief as blind303, never read: 78.7%, then 79.7% (2 false alarms both times).
    ['blind304.jsonl', 0.79],
    // The same brief as blind305, never read: 85.7%, then 86.7% (2 false alarms both times).
    ['blind306.jsonl', 0.86],
    // The same brief as blind307, never read: 73.7%, then 76.3% (9 false alarms both times).
    ['blind308.jsonl', 0.76],
    // The same brief as blind309, never read: 83.3%, then 84.0% (2 false alarms both times).
    ['blind310.jsonl', 0.84],
    // The same brief as blind299, never read: 84.7%, then 85.7% (23 false alarms both times).
    ['blind300.jsonl', 0.85],
    // The same brief as blind311, never read: 85.0%, then 85.0% (4 false alarms both times).
    ['blind312.jsonl', 0.85],
    // The same brief as blind313, never read: 86.7%, then 87.3% (6 false alarms both times).
    ['blind314.jsonl', 0.87],
    // The same brief as blind315, never read: 83.3%, then 84.3% (2 false alarms both times).
    ['blind316.jsonl', 0.84],
    // The same brief as blind317, never read: 82.0%, then 82.0% (2 false alarms both times).
    ['blind318.jsonl', 0.82],
    // The same brief as blind319, never read: 84.0%, then 84.3% (2 false alarms both times).
    ['blind320.jsonl', 0.84],
    // The same brief as blind321, never read: 87.0%, then 87.7% (2 false alarms both times).
    ['blind322.jsonl', 0.87],
    // The same brief as blind323, never read: 78.7%, then 79.0% (9 false alarms both times).
    ['blind324.jsonl', 0.79],
    // The same brief as blind325, never read: 83.0%, then 83.3% (3 false alarms both times).
    ['blind326.jsonl', 0.83],
    // The same brief as blind327, never read: 81.3%, then 82.3% (1 false alarm both times).
    ['blind328.jsonl', 0.82],
    // The same brief as blind329, never read: 82.0%, then 82.0% (3 false alarms both times).
    ['blind330.jsonl', 0.82],
    // The same brief as blind331, never read: 86.0%, then 86.0% (1 false alarm both times).
    ['blind332.jsonl', 0.86],
    // The same brief as blind333, never read: 83.0%, then 84.0% (1 false alarm both times).
    ['blind334.jsonl', 0.84],
    // The same brief as blind335, never read: 80.3%, then 81.3% (1 false alarm both times).
    ['blind336.jsonl', 0.81],
    // The same brief as blind337, never read: 80.0%, then 81.0% (0 false alarms both times).
    ['blind338.jsonl', 0.81],
    // The same brief as blind339, never read: 85.7%, then 86.0% (1 false alarm both times).
    ['blind340.jsonl', 0.86],
    // The same brief as blind341, never read: 80.7%, then 81.7% (1 false alarm both times).
    ['blind342.jsonl', 0.81],
    // The same brief as blind343, never read: 86.0%, then 87.0% (6 false alarms both times).
    ['blind344.jsonl', 0.87],
    // The same brief as blind345, never read: 86.7%, then 87.3% (1 false alarm both times).
    ['blind346.jsonl', 0.87],
    // The same brief as blind347, never read: 81.0%, then 81.7% (2 false alarms both times).
    ['blind348.jsonl', 0.81],
    // The same brief as blind349, never read: 83.3%, then 83.7% (0 false alarms both times).
    ['blind350.jsonl', 0.83],
    // The same brief as blind351, never read: 87.7%, then 87.7% (2 false alarms both times).
    ['blind352.jsonl', 0.87],
    // The same brief as blind353, never read: 86.7%, then 87.0% (3 false alarms both times).
    ['blind354.jsonl', 0.87],
    // The same brief as blind355, never read: 81.3%, then 83.0% (6 false alarms both times).
    ['blind356.jsonl', 0.83],
    // The same brief as blind357, never read: 87.3%, then 88.0% (0 false alarms both times).
    ['blind358.jsonl', 0.88],
    // The same brief as blind359, never read: 88.0%, then 88.0% (3 false alarms both times).
    ['blind360.jsonl', 0.88],
    // The same brief as blind361, never read: 84.7%, then 85.7% (6 then 5 false alarms).
    ['blind362.jsonl', 0.85],
    // The same brief as blind363, never read: 83.7%, then 84.7% (3 false alarms both times).
    ['blind364.jsonl', 0.84],
    // The same brief as blind365, never read: 89.3%, then 90.3% (2 false alarms both times).
    ['blind366.jsonl', 0.9],
    // The same brief as blind367, never read: 84.0%, then 86.7% (5 false alarms both times).
    ['blind368.jsonl', 0.86],
    // The same brief as blind369, never read: 75.0%, then 77.0% (10 false alarms both times).
    ['blind370.jsonl', 0.77],
    // The same brief as blind371, never read: 82.7%, then 84.0% (5 false alarms both times).
    ['blind372.jsonl', 0.84],
    // The same brief as blind373, never read: 81.7%, then 82.7% (5 false alarms both times).
    ['blind374.jsonl', 0.82],
    // The same brief as blind375, never read: 78.0%, then 78.7% (3 false alarms both times).
    ['blind376.jsonl', 0.78],
    // The same brief as blind377, never read: 84.3%, then 86.3% (4 false alarms both times).
    ['blind378.jsonl', 0.86],
    // The same brief as blind379, never read: 86.0%, then 86.3% (4 false alarms both times).
    ['blind380.jsonl', 0.86],
    // The same brief as blind381, never read: 81.7%, then 82.0% (3 false alarms both times).
    ['blind382.jsonl', 0.82],
    // The same brief as blind383, never read: 81.7%, then 82.3% (5 false alarms both times).
    ['blind384.jsonl', 0.82],
    // The same brief as blind385, never read: 81.3%, then 81.7% (3 false alarms both times).
    ['blind386.jsonl', 0.81],
    // The same brief as blind387, never read: 83.0%, then 84.0% (8 then 7 false alarms).
    ['blind388.jsonl', 0.84],
    // The same brief as blind389, never read: 78.3%, then 79.3% (3 false alarms both times).
    ['blind390.jsonl', 0.79],
    // The same brief as blind391, never read: 88.0%, then 89.0% (1 false alarms both times).
    ['blind392.jsonl', 0.89],
    // The same brief as blind393, never read: 80.7%, then 81.3% (0 false alarms both times).
    ['blind394.jsonl', 0.81],
    // The same brief as blind395, never read: 82.3%, then 83.3% (4 false alarms both times).
    ['blind396.jsonl', 0.83],
    // The same brief as blind397, never read: 77.3%, then 78.3% (7 false alarms both times).
    ['blind398.jsonl', 0.78],
    // The same brief as blind399, never read: 85.7%, then 86.0% (4 false alarms both times).
    ['blind400.jsonl', 0.86],
    // The same brief as blind401, never read: 83.0%, then 85.0% (4 false alarms both times).
    ['blind402.jsonl', 0.85],
    // The same brief as blind403, never read: 85.0%, then 86.0% (5 false alarms both times).
    ['blind404.jsonl', 0.86],
    // The same brief as blind405, never read: 83.7%, then 85.3% (8 then 7 false alarms).
    ['blind406.jsonl', 0.85],
    // The same brief as blind407, never read: 82.7%, then 83.3% (8 false alarms both times).
    ['blind408.jsonl', 0.83],
    // The same brief as blind409, never read: 83.3%, then 84.7% (2 false alarms both times).
    ['blind410.jsonl', 0.84],
    // The same brief as blind411, never read: 79.3%, then 80.0% (3 false alarms both times).
    ['blind412.jsonl', 0.8],
    // The same brief as blind413, never read: 86.7%, then 87.3% (3 then 2 false alarms).
    ['blind414.jsonl', 0.87],
    // The same brief as blind415, never read: 82.0%, then 84.0% (6 then 5 false alarms).
    ['blind416.jsonl', 0.84],
    // The same brief as blind417, never read: 86.7%, then 87.3% (4 false alarms both times).
    ['blind418.jsonl', 0.87],
    // The same brief as blind419, never read: 80.3%, then 81.0% (5 false alarms both times).
    ['blind420.jsonl', 0.81],
    // The same brief as blind421, never read: 85.7%, then 86.0% (6 false alarms both times).
    ['blind422.jsonl', 0.86],
    // The same brief as blind423, never read: 85.3%, then 86.0% (4 false alarms both times).
    ['blind424.jsonl', 0.86],
    // The same brief as blind425, never read: 86.3%, then 86.3% (1 false alarms both times).
    ['blind426.jsonl', 0.86],
    // The same brief as blind427, never read: 78.3%, then 80.0% (7 false alarms both times).
    ['blind428.jsonl', 0.8],
    // The same brief as blind429, never read: 80.0%, then 80.3% (4 false alarms both times).
    ['blind430.jsonl', 0.8],
    // The same brief as blind431, never read: 81.0%, then 82.3% (1 false alarms both times).
    ['blind432.jsonl', 0.82],
    // The same brief as blind433, never read: 77.3%, then 77.3% (6 false alarms both times).
    ['blind434.jsonl', 0.77],
    // The same brief as blind435, never read: 86.3%, then 87.0% (4 then 3 false alarms).
    ['blind436.jsonl', 0.87],
    // The same brief as blind437, never read: 82.7%, then 83.3% (4 false alarms both times).
    ['blind438.jsonl', 0.83],
    // The same brief as blind439, never read: 86.0%, then 86.7% (4 false alarms both times).
    ['blind440.jsonl', 0.86],
    // The same brief as blind441, never read: 81.3%, then 83.3% (5 false alarms both times).
    ['blind442.jsonl', 0.83],
    // The same brief as blind443, never read: 84.7%, then 85.7% (7 false alarms both times).
    ['blind444.jsonl', 0.85],
    // The same brief as blind445, never read: 83.0%, then 83.7% (12 false alarms both times).
    ['blind446.jsonl', 0.83],
    // The same brief as blind447, never read: 83.7%, then 84.0% (3 false alarms both times).
    ['blind448.jsonl', 0.84],
    // The same brief as blind449, never read: 84.0%, then 84.0% (4 false alarms both times).
    ['blind450.jsonl', 0.84],
    // The same brief as blind451, never read: 83.3%, then 84.7% (4 false alarms both times).
    ['blind452.jsonl', 0.84],
    // The same brief as blind453, never read: 82.7%, then 83.7% (4 false alarms both times).
    ['blind454.jsonl', 0.83],
    // The same brief as blind455, never read: 88.3%, then 88.3% (2 false alarms both times).
    ['blind456.jsonl', 0.88],
    // The same brief as blind457, never read: 86.3%, then 86.3% (2 false alarms both times).
    ['blind458.jsonl', 0.86],
    // The same brief as blind459, never read: 73.3%, then 74.3% (7 then 6 false alarms).
    ['blind460.jsonl', 0.74],
    // The same brief as blind461, never read: 75.0%, then 75.0% (8 false alarms both times).
    ['blind462.jsonl', 0.75],
    // The same brief as blind463, never read: 85.0%, then 85.3% (7 false alarms both times).
    ['blind464.jsonl', 0.85],
    // The same brief as blind465, never read: 81.3%, then 81.3% (5 false alarms both times).
    ['blind466.jsonl', 0.81],
    // The same brief as blind467, never read: 86.3%, then 86.3% (5 then 4 false alarms).
    ['blind468.jsonl', 0.86],
    // The same brief as blind469, never read: 84.3%, then 84.7% (2 false alarms both times).
    ['blind470.jsonl', 0.84],
    // The same brief as blind471, never read: 84.7%, then 85.0% (4 then 3 false alarms).
    ['blind472.jsonl', 0.85],
    // The same brief as blind473, never read: 84.0%, then 84.0% (6 false alarms both times).
    ['blind474.jsonl', 0.84],
    // The same brief as blind475, never read: 82.3%, then 82.3% (6 false alarms both times).
    ['blind476.jsonl', 0.82],
    // The same brief as blind477, never read: 84.7%, then 84.7% (3 false alarms both times).
    ['blind478.jsonl', 0.84],
    // The same brief as blind479, never read: 79.3%, then 79.7% (6 false alarms both times).
    ['blind480.jsonl', 0.79],
    // The same brief as blind481, never read: 86.7%, then 87.0% (4 false alarms both times).
    ['blind482.jsonl', 0.87],
    // The same brief as blind483, never read: 85.3%, then 85.3% (4 false alarms both times).
    ['blind484.jsonl', 0.85],
    // The same brief as blind485, never read: 82.7%, then 82.7% (7 false alarms both times).
    ['blind486.jsonl', 0.82],
    // The same brief as blind487, never read: 79.0%, then 79.3% (8 then 7 false alarms).
    ['blind488.jsonl', 0.79],
    // The same brief as blind489, never read: 82.7%, then 82.7% (8 false alarms both times).
    ['blind490.jsonl', 0.82],
    // The same brief as blind491, never read: 82.7%, then 82.7% (5 false alarms both times).
    ['blind492.jsonl', 0.82],
    // The same brief as blind493, never read: 82.3%, then 82.7% (6 then 5 false alarms).
    ['blind494.jsonl', 0.82],
    // The same brief as blind495, never read: 85.7%, then 86.0% (4 then 3 false alarms).
    ['blind496.jsonl', 0.86],
  ] as const)
    it(`does not get worse on ${file}, a set whose errors were never read`, () => {
      const r = evaluateContrast(classifier, readContrast(path.join(fixtures, file)));
      expect(r.n).toBe(300);
      expect(r.accuracy).toBeGreaterThanOrEqual(floor);
    });

  it('`bulwark eval` lists every blind set in the order written, saying which were studied', () => {
    const reports = blindReports(classifier, fixtures);
    const files = reports.map((r) => r.file);
    expect(files.slice(0, 3)).toEqual(['blind.jsonl', 'blind2.jsonl', 'blind3.jsonl']);
    expect(files.indexOf('blind10.jsonl')).toBe(files.indexOf('blind9.jsonl') + 1);
    const studied = (f: string) => reports.find((r) => r.file === f)?.studied;
    expect(studied('blind8.jsonl')).toBe(true);
    expect(studied('blind9.jsonl')).toBe(false);
  });
});
