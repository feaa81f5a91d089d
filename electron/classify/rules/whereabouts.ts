import type { Context } from '../context';
import { sentenceEnd as sentenceEnd_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../tokenWindow';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;

/**
 * Asking the crowd where someone lives, which house or car is theirs: "anyone know where @Cllr
 * actually lives? asking for a few lads", "who's got the electoral roll? need Calloway's actual house
 * number", "anyone know what car @KarenLoweMP drives?", "someone's found where she lives". Written from
 * blind93 (2026-12-06, twenty-seventh session). Not where an MP lives as a question of whether they
 * live locally ("does our MP even live in the constituency?"), nor the writer's own ("where I live").
 */

/** Living somewhere: what is asked after "where". */
const LIVES = new Set(['lives', 'live', 'stays', 'bides', 'sleeps', 'parks']);
/** Someone asking: "anyone know", "who's got". */
const SEEK = new Set(['anyone', 'anybody', 'someone', 'somebody', 'someones', 'whos', 'who']);
/** An argument about it, not a request: "why would anyone…", "nobody needs…", "shouldn't". */
const ASKS_WHY = new Set(['why', 'no', 'nobody', 'noone', 'never', 'shouldnt', 'dont', 'mustnt']);
/** Needing it or having found it: a request or a hand-on without a question. */
const NEEDS = new Set(['find', 'found', 'need', 'dm']);
/** What pins a home down once the street is known ("need the number", "need the street name"). */
const PIN = new Set(['number', 'postcode']);
/** Between "where" and "lives": the person asked about. */
const WHO = new Set(['he', 'she', 'they', '@user', 'him', 'her', 'mp', 'cllr', 'councillor', 'minister']);
/** The writer's own, or whether they live locally: "where I live", "even live", "in the constituency". */
const OWN = new Set(['i', 'we', 'you', 'u', 'ya', 'even']);
const LOCAL = new Set(['constituency', 'ward', 'area', 'locally', 'here', 'town', 'city']);

export function whereaboutsRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) {
    const k = keys[t] ?? '';
    let from = -1;
    if (LIVES.has(k)) {
      // "where @Cllr actually lives", "where she lives"
      for (let j = t - 1; j >= Math.max(0, t - 4); j--) {
        const w = keys[j] ?? '';
        if (w === 'where') {
          from = j;
          break;
        }
        if (OWN.has(w)) break;
      }
      if (from < 0 || !someoneBetween(ctx, from + 1, t)) continue;
      if (LOCAL.has(keys[t + 1] ?? '') || LOCAL.has(keys[t + 2] ?? '') || LOCAL.has(keys[t + 3] ?? ''))
        continue;
    } else if (
      k === 'house' &&
      keys[t - 1] === 'which' &&
      (keys[t + 1] === 'is' || keys[t + 1] === 'belongs')
    ) {
      from = t - 1; // "which house is @Cllr's"
    } else if (k === 'car' && keys[t - 1] === 'what' && nearDrives(ctx, t)) {
      from = t - 1; // "what car @KarenLoweMP drives"
    } else if (PIN.has(k) && (keys[t - 1] === 'house' || keys[t - 1] === 'door') && keys[t - 2] !== 'my') {
      from = t - 1; // "need Calloway's actual house number"
    } else continue;
    if (!sought(ctx, from)) continue;
    hits.push({
      category: 'doxxing',
      score: 0.65,
      tokStart: from,
      tokEnd: t + 1,
      rule: 'doxxing:whereabouts-sought',
    });
    return;
  }
}

/** A person between "where" and "lives": a name, a handle, a pronoun or a title. */
function someoneBetween(ctx: Context, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (ctx.person[j] === 1 || WHO.has(ctx.tok.keys[j] ?? '')) return true;
  return false;
}

/** "what car @Cllr drives" */
function nearDrives(ctx: Context, t: number): boolean {
  for (let j = t + 1; j < Math.min(ctx.tok.count, t + 5); j++) if (ctx.tok.keys[j] === 'drives') return true;
  return false;
}

/**
 * Someone asks for it ("anyone know…?", a question) or needs or has found it ("need the number",
 * "someone's found where…"), in the sentence itself or the one before ("who's got the electoral roll?
 * need Calloway's house number").
 */
function sought(ctx: Context, at: number): boolean {
  const keys = ctx.tok.keys;
  const from = sentenceStart(ctx, at);
  const to = sentenceEnd(ctx, at);
  let asker = false;
  let needed = false;
  for (let j = from > 0 ? sentenceStart(ctx, from - 1) : 0; j < to; j++) {
    const w = keys[j] ?? '';
    // "Why would anyone need to know where an MP lives?", "nobody needs to know where she lives".
    if (j >= from && ASKS_WHY.has(w)) return false;
    if (NEEDS.has(w)) needed = true;
    if (SEEK.has(w)) asker = true;
  }
  return needed || (asker && asked(ctx, to));
}

/** A question mark closes the sentence ending before token `to`. */
function asked(ctx: Context, to: number): boolean {
  const text = ctx.norm.text;
  const end = to < ctx.tok.count ? (ctx.tok.start[to] ?? text.length) : text.length;
  for (let i = ctx.tok.end[to - 1] ?? 0; i < end; i++) if (text.charCodeAt(i) === 63) return true;
  return false;
}
