/**
 * Text-speak spellings read as their words, everywhere: the word table (wordTable.ts) gives each the
 * word's key, flags and lexicon id, and lexicon terms (lexicon.ts termKeys) are keyed the same way, so
 * no lexicon entry or rule needs a second spelling ("sum1 shud put a brick thru ur window" reads
 * "someone should put a brick through…"). Only spellings that are no other word: "b", "n", "r" are
 * left alone, and "u", "ur" and the dialect "ye", "yer" are matched as spellings in lexicon.ts and the
 * rules' sets.
 */
export const TEXTSPEAK_WORDS: Readonly<Record<string, string>> = {
  sum1: 'someone',
  some1: 'someone',
  any1: 'anyone',
  every1: 'everyone',
  no1: 'noone',
  shud: 'should',
  shd: 'should',
  wud: 'would',
  cud: 'could',
  thru: 'through',
  wiv: 'with',
  kno: 'know',
  wot: 'what',
  bk: 'back',
  lil: 'little',
  shudnt: 'shouldnt',
  luv: 'love',
  ima: 'ill',
  imma: 'ill',
  unalived: 'killed',
  seggs: 'sex',
  seggsy: 'sexy',
  // Scots and Geordie spellings that are no English word ("gonnae get a doin", "doon his hoose"); the
  // ones lexicon.ts spells phrases in (DIALECT: "ye", "yer", "ahll", "tae", "hoose") stay there.
  cannae: 'cant',
  cannit: 'cant',
  couldnae: 'couldnt',
  wouldnae: 'wouldnt',
  shouldnae: 'shouldnt',
  dinnae: 'dont',
  didnae: 'didnt',
  isnae: 'isnt',
  wasnae: 'wasnt',
  gonnae: 'gonna',
  gannin: 'going',
  ahve: 'ive',
  doon: 'down',
  oot: 'out',
  hame: 'home',
  hyem: 'home',
  toon: 'town',
  aff: 'off',
  fae: 'from',
  noo: 'now',
  gie: 'give',
  wid: 'would',
  yous: 'you',
  hissel: 'himself',
  polis: 'police',
  heid: 'head',
};
