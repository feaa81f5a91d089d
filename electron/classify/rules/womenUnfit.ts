import type { Context } from '../context';
import { wordList } from '../wordLists';
import { clauseStart as clauseStart_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../tokenWindow';
import {
  W_CONDEMNATION as W_CONDEMNATION_IMPORT,
  W_FRAMING as W_FRAMING_IMPORT,
  W_REPORTING as W_REPORTING_IMPORT,
} from '../wordFlags';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const clauseStart = clauseStart_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const W_CONDEMNATION = W_CONDEMNATION_IMPORT;
const W_FRAMING = W_FRAMING_IMPORT;
const W_REPORTING = W_REPORTING_IMPORT;

/**
 * Women as a whole called unfit to lead or decide by nature: "Women simply can't handle the
 * Treasury", "Females are natural followers not leaders", "women just don't have the temperament for
 * defence", "Girls shouldn't be doing a man's job", "women belong in the kitchen", "female MPs are too
 * emotional". The claim is about women as such (the plural, or "a woman"), opens its clause and is the
 * writer's own: not "if women…", "the myth that women can't lead", "who says women can't…", "women
 * aren't too emotional to lead". The plainest political talk in the same words is kept apart: what
 * women cannot afford or cope with ("women can't cope with these childcare costs", "can't handle
 * another round of cuts"), "shouldn't have to", "aren't made to feel welcome".
 * Written for Bulwark from the misogyny the studied fixture sets held and general knowledge of it.
 */

/** The whole group, as the subject of a claim (with dialect and text-speak spellings). */
export const WOMEN_WORDS = wordList([
  'women',
  'females',
  'girls',
  'ladies',
  'woman',
  'female',
  'wimmin',
  'wummin',
  'wumman',
  'lass',
]);
/** One woman standing for all: "put a woman in charge", "another woman, another disaster". */
const ONE = new Set(['woman', 'female', 'lass', 'wumman']);
/** "put a woman in charge and…", "give a woman a bit of power and…". */
const GIVE = new Set(['put', 'give', 'let', 'pit', 'stick', 'putting', 'giving', 'letting', 'gave', 'gie']);
const POWER = new Set(['charge', 'power', 'control', 'keys', 'bit']);
/** Praise that makes the same words a celebration: "proud to put a woman in charge for the first time". */
const PRAISE = new Set([
  'first',
  'proud',
  'historic',
  'congratulations',
  'congrats',
  'finally',
  'brilliant',
  'delighted',
]);
/** "another woman, another disaster". */
const FAILURE = new Set([
  'disaster',
  'failure',
  'mess',
  'shambles',
  'flop',
  'fiasco',
  'catastrophe',
  'calamity',
]);
/** "women MPs", "female politicians": the group in office. */
const IN_OFFICE = new Set([
  'mps',
  'politicians',
  'ministers',
  'leaders',
  'councillors',
  'candidates',
  'chancellors',
  'bosses',
  'mayors',
  'members',
  'pms',
]);
/** What may come right before the subject at a clause's opening: "this is why women…", "and women…". */
const BEFORE = new Set([
  'why',
  'and',
  'but',
  'so',
  'because',
  'cos',
  'coz',
  'all',
  'most',
  'simply',
  'honestly',
  'frankly',
  'basically',
  'tbh',
  'imo',
  'face',
  'fact',
  'that',
  'proof',
]);
/** Words that may stand between the subject and what is claimed: "women simply can't…". */
const ADVERBS = new Set([
  'simply',
  'just',
  'really',
  'naturally',
  'genuinely',
  'frankly',
  'basically',
  'biologically',
  'honestly',
  'clearly',
  'obviously',
  'generally',
  'all',
  'ever',
  'by',
  'nature',
  'still',
]);
/** Can't, shouldn't, don't: the claim is a denial of what women can do. */
const NEG_MODALS = new Set([
  'cant',
  'cannot',
  'couldnt',
  'shouldnt',
  'dont',
  'arent',
  'wont',
  'isnt',
  'doesnt',
]);
const NOT = new Set(['not', 'never']);
const NEG_BASES = new Set(['can', 'could', 'should', 'do', 'does', 'are', 'is', 'will']);
/** What women are said to be unable to do. */
const CAPABLE = new Set([
  'handle',
  'lead',
  'cope',
  'govern',
  'decide',
  'reason',
  'think',
  'count',
  'negotiate',
  'command',
]);
const RUN_ELSEWHERE = new Set(['for', 'out', 'away', 'off', 'risk', 'from', 'again', 'as']);
/** "…can't do maths", "…can't take the pressure", "…can't make the big calls". */
const DO_WHAT = new Set(['maths', 'math', 'numbers', 'sums', 'figures', 'budgets']);
const TAKE_WHAT = new Set(['pressure', 'criticism', 'heat', 'stress', 'scrutiny']);
const MAKE_WHAT = new Set(['decisions', 'calls', 'call', 'hard', 'tough', 'big', 'difficult', 'rational']);
const CONTROL_WHAT = new Set(['emotions', 'feelings', 'tempers', 'temper', 'hormones', 'mouths']);
/** What a hardship is: "women can't cope with these childcare costs" is criticism of a policy. */
const HARDSHIP = new Set([
  'cost',
  'costs',
  'cuts',
  'cut',
  'bills',
  'prices',
  'rent',
  'rents',
  'childcare',
  'another',
  'more',
  'waiting',
  'wait',
  'sanctions',
  'debt',
  'alone',
  'without',
]);
/** "…don't have the temperament / the brains / the stomach for it". */
const TEMPERAMENT = new Set([
  'temperament',
  'brains',
  'brain',
  'head',
  'stomach',
  'nerve',
  'backbone',
  'bottle',
  'balls',
  'judgement',
  'judgment',
  'gravitas',
  'logic',
  'minds',
  'mind',
  'intelligence',
  'capacity',
]);
/** "…aren't built for it", "…aren't cut out for", "…aren't suited to politics". */
const BUILT = new Set(['built', 'made', 'cut', 'suited', 'wired', 'designed', 'fit', 'meant']);
/** "…are too emotional", "…are natural followers", "…are hopeless at maths". */
const TOO_WHAT = new Set([
  'emotional',
  'soft',
  'weak',
  'hormonal',
  'sensitive',
  'fragile',
  'hysterical',
  'irrational',
  'thick',
  'dim',
  'stupid',
  'flaky',
]);
const NATURE = new Set(['emotional', 'hysterical', 'hormonal', 'irrational', 'illogical', 'followers']);
const BAD_AT = new Set(['hopeless', 'useless', 'rubbish', 'terrible', 'incapable', 'bad', 'crap', 'pants']);
/** The home as women's place: "women belong in the kitchen", "women should stay at home". */
const HOME = new Set(['home', 'kitchen', 'kitchens', 'sink', 'housework', 'nursery', 'cooker']);
const STAY = new Set(['stay', 'be', 'get', 'go', 'stick', 'keep']);
/** Where power is: "women don't belong in the cabinet". */
const POWER_PLACES = new Set([
  'cabinet',
  'politics',
  'parliament',
  'government',
  'power',
  'westminster',
  'commons',
  'charge',
  'office',
  'chamber',
  'leadership',
  'boardroom',
  'council',
]);
/** "…need a man to explain it", "…need a firm hand". */
const NEED_WHAT = new Set(['man', 'men', 'husband', 'firm', 'minder', 'chaperone']);
/** "…shouldn't be doing a man's job". */
const MENS = new Set(['mans', 'mens']);
const JOB = new Set(['job', 'jobs', 'work', 'world', 'game']);
/** Someone else's view or a condition: "if women…", "the idea that women…". */
const OTHERS_VIEW = new Set([
  'if',
  'when',
  'unless',
  'whether',
  'says',
  'said',
  'say',
  'saying',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'suggest',
  'suggests',
  'suggested',
  'think',
  'thinks',
  'thought',
  'believe',
  'believes',
  'told',
  'tell',
  'telling',
  'idea',
  'notion',
  'myth',
  'lie',
  'nonsense',
  'not',
  'no',
  'never',
  'nobody',
  'anyone',
  'who',
  'dare',
]);

/**
 * One past what is claimed if the women's word at `t` opens the writer's own claim that women are
 * unfit by nature, else 0.
 */
export function unfitByNature(ctx: Context, t: number): number {
  const { keys, count } = ctx.tok;
  const k = keys[t] ?? '';
  if (ctx.quoted[t] === 1) return 0;
  if (ONE.has(k)) {
    const one = oneForAll(ctx, t);
    if (one !== 0) return one;
  }
  if (!ctx.tokenIn(t, WOMEN_WORDS)) return 0;

  let lead = t;
  let end = t + 1;
  if (IN_OFFICE.has(keys[t + 1] ?? '')) end = t + 2;
  // "Women like you just aren't built for…", "women like her": the group through one of them
  else if (keys[t + 1] === 'like' && k === 'women' && (keys[t + 2] === 'you' || keys[t + 2] === 'her'))
    end = t + 3;
  else if (ONE.has(k)) {
    // one woman stands for all only as "a woman": "a woman can't run the Treasury"
    if (keys[t - 1] !== 'a') return 0;
    lead = t - 1;
  }
  const before = keys[lead - 1] ?? '';
  if (clauseStart(ctx, lead) !== lead && !BEFORE.has(before)) return 0;
  // "I think women…" is the writer's; "he thinks women…", "if women…", "the myth that women…" are not.
  const from = sentenceStart(ctx, lead);
  for (let b = from; b < lead; b++) {
    const w = keys[b] ?? '';
    if (OTHERS_VIEW.has(w) && !(keys[b - 1] === 'i' && (w === 'think' || w === 'believe' || w === 'say')))
      return 0;
    if ((ctx.flagsAt(b) & (W_REPORTING | W_FRAMING | W_CONDEMNATION)) !== 0) return 0;
  }
  let m = end;
  while (m < count && m < end + 3 && ADVERBS.has(keys[m] ?? '')) m++;
  if (m > end && sentenceStart(ctx, m) === m) return 0;
  const w = keys[m] ?? '';
  let v = -1;
  if (NEG_MODALS.has(w)) v = m + 1;
  else if (NEG_BASES.has(w) && NOT.has(keys[m + 1] ?? '')) v = m + 2;
  if (v > 0) return denied(ctx, v);
  return claimed(ctx, m);
}

/**
 * One woman standing for all women: "Put a woman in charge of the council and watch…", "Give a woman
 * a bit of power and she turns into a nag", "Nowt worse than a lass in charge", "Another woman,
 * another disaster"; not with praise ("proud to put a woman in charge for the first time"). One past
 * the claim, or 0.
 */
function oneForAll(ctx: Context, t: number): number {
  const { keys, count } = ctx.tok;
  const role = IN_OFFICE.has(keys[t + 1] ?? '') ? 1 : 0;
  if (
    keys[t - 1] === 'a' &&
    POWER.has(keys[t + 1] === 'in' || keys[t + 1] === 'a' ? (keys[t + 2] ?? '') : (keys[t + 1] ?? ''))
  ) {
    const by = keys[t - 2] ?? '';
    const worse = by === 'than' && (keys[t - 3] === 'worse' || keys[t - 3] === 'worst');
    if (!GIVE.has(by) && !worse) return 0;
    const from = sentenceStart(ctx, t);
    for (let b = from; b < count && (b === from || sentenceStart(ctx, b) !== b); b++)
      if (PRAISE.has(keys[b] ?? '')) return 0;
    return t + 3;
  }
  if (keys[t - 1] === 'another' && keys[t + 1 + role] === 'another' && FAILURE.has(keys[t + 2 + role] ?? ''))
    return t + 3 + role;
  return 0;
}

/** After "can't", "shouldn't", "don't", "aren't": one past what women are denied, or 0. */
function denied(ctx: Context, at: number): number {
  const { keys } = ctx.tok;
  let v = at;
  while (ADVERBS.has(keys[v] ?? '')) v++;
  const w = keys[v] ?? '';
  if (CAPABLE.has(w)) {
    for (let o = v + 1; o <= v + 3; o++) if (HARDSHIP.has(keys[o] ?? '')) return 0;
    return v + 1;
  }
  const next = keys[v + 1] ?? '';
  const after = keys[v + 2] === 'the' || keys[v + 2] === 'a' ? (keys[v + 3] ?? '') : (keys[v + 2] ?? '');
  // "…can't run the Treasury", not "…can't run for office" (a barrier) or "run the risk"
  if (w === 'run' && !RUN_ELSEWHERE.has(next) && !RUN_ELSEWHERE.has(keys[v + 2] ?? '')) return v + 1;
  if (w === 'add' && next === 'up') return v + 2;
  if (w === 'do' && DO_WHAT.has(next)) return v + 2;
  if (w === 'take' && (TAKE_WHAT.has(next) || (next === 'the' && TAKE_WHAT.has(keys[v + 2] ?? ''))))
    return v + 3;
  if (w === 'make' && (MAKE_WHAT.has(next) || (next === 'the' && MAKE_WHAT.has(keys[v + 2] ?? ''))))
    return v + 2;
  if ((w === 'control' || w === 'keep') && CONTROL_WHAT.has(after)) return v + 3;
  // "…don't have the temperament for it"
  if (w === 'have' && next === 'the' && TEMPERAMENT.has(keys[v + 2] ?? '')) return v + 3;
  if (w === 'have' && TEMPERAMENT.has(next)) return v + 2;
  // "…aren't built for it", "…aren't cut out for", "…aren't fit to lead"
  if (BUILT.has(w) && (next === 'for' || next === 'out' || (w !== 'made' && next === 'to'))) return v + 2;
  // "…don't belong in the cabinet" (not "…don't belong in the kitchen", which says the opposite)
  if (w === 'belong') for (let o = v + 1; o <= v + 3; o++) if (POWER_PLACES.has(keys[o] ?? '')) return o + 1;
  // "…shouldn't be doing a man's job"
  if (w === 'be' && next === 'doing')
    for (let o = v + 2; o <= v + 4; o++)
      if (MENS.has(keys[o] ?? '') && JOB.has(keys[o + 1] ?? '')) return o + 2;
  return 0;
}

/** "…are too emotional", "…belong in the kitchen": one past the claim, or 0. */
function claimed(ctx: Context, m: number): number {
  const { keys } = ctx.tok;
  const w = keys[m] ?? '';
  if (w === 'belong' || w === 'belongs')
    for (let o = m + 1; o <= m + 3; o++) if (HOME.has(keys[o] ?? '')) return o + 1;
  if (w === 'should' && STAY.has(keys[m + 1] ?? ''))
    for (let o = m + 2; o <= m + 5; o++) if (HOME.has(keys[o] ?? '')) return o + 1;
  if ((w === 'need' || w === 'needs') && (keys[m + 1] === 'a' || keys[m + 1] === 'men'))
    if (NEED_WHAT.has(keys[m + 1] === 'a' ? (keys[m + 2] ?? '') : 'men')) return m + 3;
  if (w !== 'are' && w !== 'is') return 0;
  let p = m + 1;
  while (ADVERBS.has(keys[p] ?? '')) p++;
  const x = keys[p] ?? '';
  if (x === 'too' && TOO_WHAT.has(keys[p + 1] ?? '')) return p + 2;
  if (x === 'natural' && (keys[p + 1] === 'followers' || keys[p + 1] === 'homemakers')) return p + 2;
  if (BAD_AT.has(x) && keys[p + 1] === 'at') return p + 2;
  // "women are emotional creatures", "women are hysterical by nature": a whole sex called so, the clause ending there
  if (NATURE.has(x)) {
    const y = keys[p + 1] ?? '';
    if (
      p + 1 >= ctx.tok.count ||
      y === 'creatures' ||
      y === 'beings' ||
      y === 'by' ||
      clauseStart(ctx, p + 1) === p + 1
    )
      return p + 1;
  }
  if (x === 'only' && keys[p + 1] === 'good' && keys[p + 2] === 'for') return p + 3;
  return 0;
}
