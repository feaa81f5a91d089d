/**
 * Word-table flag bits (wordTable.ts): which trigger and guard sets a word belongs to. Kept in a
 * module without imports so rules can bind them locally without an import cycle.
 */
/** In the lexicon vocabulary (`lex.vocab.has`). */
export const W_VOCAB = 1 << 0;
/** A single-word lexicon entry (`lex.singles.has`): what split fragments may be re-joined into. */
export const W_SINGLE = 1 << 1;
export const W_STOPWORD = 1 << 2;
export const W_POLICY_NOUN = 1 << 3;
/** Trigger words: threat verbs and outcomes, wishes, trope subjects, family words, street suffixes. */
export const W_VIOLENCE = 1 << 4;
export const W_OUTCOME = 1 << 5;
export const W_WISH = 1 << 6;
export const W_TROPE = 1 << 7;
export const W_FAMILY = 1 << 8;
export const W_STREET = 1 << 9;
/** Guard vocabularies (lex.sets.condemnation, reporting, framing). */
export const W_CONDEMNATION = 1 << 10;
export const W_REPORTING = 1 << 11;
export const W_FRAMING = 1 << 12;
/** Words that open a veiled-threat or self-harm-suggestion rule (rules/veiled.ts). */
export const W_VEILED = 1 << 13;
/** Homes, cars and private routines: words that open the home-details rules (rules/doxxing.ts). */
export const W_PRIVATE_LIFE = 1 << 14;
/** Harm done to someone ("punched", "hurt"): opens rules/harmDone.ts. */
export const W_HARMED = 1 << 15;
/** A reward ("quid", "pint", "knighthood"): opens the bounty rule (rules/harmDone.ts). */
export const W_REWARD = 1 << 16;
/** Someone who did something ("whoever", "the lad that"): opens the praised-attack rule. */
export const W_ATTACKER = 1 << 17;
/** Where an injured person ends up ("in an ambulance", "in pieces"): opens the future-injury rule. */
export const W_INJURY = 1 << 18;
/** "know" / "ken": opens the knows-your-private-life rule (rules/harmDone.ts). */
export const W_KNOW = 1 << 19;
/** Being alone or unseen ("alone", "own", "no camera"): opens the alone-at-a-time rule. */
export const W_ALONE = 1 << 20;
/** A part of the body ("face", "ribs", "skull"): opens the body-harm rules (rules/bodyHarm.ts). */
export const W_BODY = 1 << 21;
/** Fire and accelerants ("torched", "petrol"): opens the fire-with-someone-inside rule (rules/arson.ts). */
export const W_FIRE = 1 << 22;
/** "name" and "what": open the fate rules ("a rope with your name on it", "get what that MP got"). */
export const W_FATE = 1 << 23;
/** First words of a menacing outcome ("in one piece", "be sorry"): open rules/menace.ts. */
export const W_MENACE = 1 << 24;
/** Protected groups and "typical": open the identity-exclusion rule (rules/identity.ts). */
export const W_IDENTITY = 1 << 25;
/** Celebrations and "why": open the celebrated-harm rule (rules/celebrate.ts). */
export const W_CELEBRATE = 1 << 26;
/** "should", "deserves", "needs": open the called-harm rule (rules/callToHarm.ts). */
export const W_CALL = 1 << 27;
/** Sexual verbs ("shag", "nail"), and swarm words ("flood", "hound", "deletes"): open the sexual-desire rule (rules/sexualDesire.ts) and the swarm rule (rules/swarm.ts). */
export const W_SEX = 1 << 28;
/** Any word starting a threat rule (violence verb or outcome). */
/** Words of the intimidation cues ("tick tock", "crossbow", "your surgery"): open rules/intimidation.ts. */
export const W_CUE = 1 << 29;
/** Words of the weaker intimidation cues ("I'll be there", "your office", "Friday"): read by it once open. */
export const W_CUE_WEAK = 1 << 30;
/** Rarer words of the abuse cues ("rope", "kneecapped", "lingerie", "sweetheart"): open rules/abuseCues.ts (calls for harm, self-harm, sexualised abuse and misogyny told in cues). */
export const W_ABUSE_CUE = 1 << 31;
export const W_THREAT = W_VIOLENCE | W_OUTCOME;
