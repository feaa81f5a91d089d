import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Self-harm encouragement as blind55 showed it (2026-12-06, twenty-first session; the sentences
 * paraphrase its misses and false alarms, tests/fixtures/classify/README.md), and the casework about
 * bridges, rivers, lifts and recalls that names the same things and must stay unflagged.
 */

describe('self-harm told outright', () => {
  it('in the third person and in dialect', () => {
    expect(keys('Honestly reckon Pemberton should kill herself. Not step down. That.')).toContain(
      'self_harm',
    );
    expect(keys('kill yerself ya numpty @CllrDunn')).toContain('self_harm');
    expect(keys('@CllrMcBride awa an fling yersel aff the Tay Bridge')).toContain('self_harm');
    expect(keys('Another U-turn @GeorgeHaleMP. Here is one that would help: quit breathing.')).toContain(
      'self_harm',
    );
  });

  it('a view with the "I" left out is still the writer\'s own', () => {
    // rules/callToHarm.ts: "Genuinely think …" had read as someone else's view, told.
    expect(rules('Genuinely think @OwenPriceMP should choke himself.', 'self_harm:told-')).toEqual([
      'self_harm:told-to-choke',
    ]);
    expect(rules('He thinks @OwenPriceMP should choke himself.', 'self_harm:told-')).toEqual([]);
  });
});

describe('self-harm encouraged in cues', () => {
  it('a river, a bath or pills, with a push or an ending', () => {
    expect(keys('@AmyLordMP the Thames is freezing this time of year. Off you pop.')).toContain('self_harm');
    expect(keys('@AmyLordMP pills and gin tonight, and we never hear from you again')).toContain('self_harm');
    expect(keys("@AmyLordMP I'll chip in for a wreath if you do it by Friday")).toContain('self_harm');
    expect(keys('Have a long soak tonight @AmyLordMP and slip under. No one will come looking.')).toContain(
      'self_harm',
    );
  });

  it('casework about the same bridges, rivers, lifts and recalls is not a push', () => {
    for (const text of [
      '@CllrAbbott the old railway line by the Thames would make a great cycle path',
      '@CllrAbbott friendly reminder that the toaster recall deadline is Friday',
      "@CllrAbbott it's not too late to save the Humber ferry! sign the petition",
      '@DanWrightMP go on, step off the fence and vote for the bridge repairs',
      '@CllrAbbott what are you waiting for, the canal restoration bid closes Friday',
      '@CllrAbbott the lift in Brook House tower block broke again, my mum on the top floor cannot get out',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('figures of speech about careers', () => {
  it('missed in office, a hill to die on, a dead duck, gallows humour', () => {
    expect(abusive("Nobody will miss you in the cabinet, @RuthKeyMP. Can't name one thing you did.")).toBe(
      false,
    );
    expect(abusive("@RuthKeyMP no one will miss you when you lose the seat, that's the truth")).toBe(false);
    expect(abusive('@RuthKeyMP nobody will miss you. The bridge is right there.')).toBe(true);
    expect(abusive("@TomBaxterMP this is the hill you're going to die on? Cutting the 42 bus?")).toBe(false);
    expect(abusive("You're a dead duck, @TomBaxterMP. Even your own branch has stopped calling back.")).toBe(
      false,
    );
    expect(abusive('Gallows humour but: flat tyre, burst pipe and a chat with HR. Send biscuits.')).toBe(
      false,
    );
  });
});
