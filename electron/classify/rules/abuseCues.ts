import type { Context } from '../context';
import { cueIndex, openingAnchors, scanCues as scanCues_IMPORT, type Found } from './cueScan';
import type { RuleHit } from './hit';
import {
  INCITEMENT_KINDS,
  INCITEMENT_OPENING,
  INCITEMENT_PHRASES,
  incitementCueAccepted as incitementCueAccepted_IMPORT,
  incitementFromCues as incitementFromCues_IMPORT,
} from './incitementCues';
import {
  SEXUAL_KINDS,
  SEXUAL_OPENING,
  SEXUAL_PHRASES,
  sexualCueAccepted as sexualCueAccepted_IMPORT,
  sexualFromCues as sexualFromCues_IMPORT,
} from './sexualCues';
import {
  IDENTITY_KINDS,
  IDENTITY_OPENING,
  IDENTITY_PHRASES,
  identityCueAccepted as identityCueAccepted_IMPORT,
  identityFromCues as identityFromCues_IMPORT,
} from './identityCues';
import {
  MISOGYNY_KINDS,
  MISOGYNY_OPENING,
  MISOGYNY_PHRASES,
  MISOGYNY_RARE_OPENING,
  misogynyCueAccepted as misogynyCueAccepted_IMPORT,
  misogynyFromCues as misogynyFromCues_IMPORT,
} from './misogynyCues';
import {
  SELF_HARM_KINDS,
  SELF_HARM_OPENING,
  SELF_HARM_PHRASES,
  selfHarmCueAccepted as selfHarmCueAccepted_IMPORT,
  selfHarmFromCues as selfHarmFromCues_IMPORT,
} from './selfHarmCues';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const scanCues = scanCues_IMPORT;
const incitementCueAccepted = incitementCueAccepted_IMPORT;
const incitementFromCues = incitementFromCues_IMPORT;
const selfHarmCueAccepted = selfHarmCueAccepted_IMPORT;
const selfHarmFromCues = selfHarmFromCues_IMPORT;
const sexualFromCues = sexualFromCues_IMPORT;
const sexualCueAccepted = sexualCueAccepted_IMPORT;
const misogynyFromCues = misogynyFromCues_IMPORT;
const misogynyCueAccepted = misogynyCueAccepted_IMPORT;
const identityCueAccepted = identityCueAccepted_IMPORT;
const identityFromCues = identityFromCues_IMPORT;

/**
 * The cues of calls for harm, self-harm, sexualised abuse, misogyny and identity contempt
 * (rules/incitementCues.ts, selfHarmCues.ts, sexualCues.ts, misogynyCues.ts, identityCues.ts) are found
 * in one scan of the post: their kinds use different bits of one mask (0-7, 8-10 with 18 and 30,
 * 11-17, 19-23 with 31, 24-29), so each rule reads its own; all 32 are taken. One scan instead of five keeps the classifier's speed (the scan
 * is most of their cost).
 */
const INDEX = cueIndex([
  ...INCITEMENT_PHRASES,
  ...SELF_HARM_PHRASES,
  ...SEXUAL_PHRASES,
  ...MISOGYNY_PHRASES,
  ...IDENTITY_PHRASES,
]);

/** Words that open the scan (W_ABUSE_CUE). */
export const ABUSE_CUE_WORDS = openingAnchors(
  INDEX,
  INCITEMENT_OPENING | SELF_HARM_OPENING | SEXUAL_OPENING | MISOGYNY_OPENING | IDENTITY_OPENING,
  0,
  MISOGYNY_RARE_OPENING,
);

export function abuseCueRules(ctx: Context, hits: RuleHit[]): void {
  const found: Found[] = [];
  const kinds = scanCues(ctx, INDEX, found, (kind, from, to) =>
    (kind & IDENTITY_KINDS) !== 0
      ? identityCueAccepted(ctx, kind, from, to)
      : (kind & INCITEMENT_KINDS) !== 0
        ? incitementCueAccepted(ctx, kind, to)
        : (kind & SEXUAL_KINDS) !== 0
          ? sexualCueAccepted(ctx, kind, from, to)
          : (kind & MISOGYNY_KINDS) !== 0
            ? misogynyCueAccepted(ctx, kind, from, to)
            : (kind & SELF_HARM_KINDS) === 0 || selfHarmCueAccepted(ctx, kind, from, to),
  );
  if (kinds === 0) return;
  incitementFromCues(ctx, kinds, found, hits);
  selfHarmFromCues(ctx, kinds, found, hits);
  sexualFromCues(ctx, kinds, found, hits);
  misogynyFromCues(ctx, kinds, found, hits);
  identityFromCues(ctx, kinds, found, hits);
}
