import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * Northern Ireland (blind201), Irish, Polish, Romanian, Gypsy, Roma and Traveller politicians
 * (blind203), smears (blind205) and self-harm urged on politicians who spoke about their mental health
 * (blind207): missed or wrongly flagged (2026-12-07, thirty-first session; the sentences paraphrase the
 * studied sets, tests/fixtures/classify/README.md).
 */

describe('self-harm urged on someone who spoke about their mental health', () => {
  it('reads a means or an end with an urge as encouraging self-harm', () => {
    for (const text of [
      'Cllr Pryce said she has had dark days. Plenty of tall car parks in Stavely. Go on then.',
      'You told the paper you had thought about not being here. Stop thinking about it and do it, Ruth.',
    ]) {
      expect(keys(text), text).toContain('self_harm');
      expect(rules(text, 'self_harm:cue-'), text).not.toEqual([]);
    }
  });

  it('is not a personal story or a helpline', () => {
    for (const text of [
      'Eight years ago I stood on the Lowther bridge. Today I ran a marathon for the Samaritans. Thank you, Cllr Pryce, for talking about it.',
      'The leader’s speech was political suicide for anyone who cares about mental-health waiting lists.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('Ulster threats and sectarian abuse', () => {
  it('finds the old threats and slurs', () => {
    expect(keys('Your card’s marked, Maxwell. You’ll be got, so you will.')).toContain('threat');
    expect(keys('The effigy was the warning. The next thing won’t be made of straw, Roisin.')).toContain(
      'threat',
    );
    expect(abusive('Croppies lie down. Always have, always will. Tell that to Keaveney.')).toBe(true);
  });
});

describe('slurs for Irish, Polish, Romanian and Traveller politicians', () => {
  it('finds them aimed at a politician', () => {
    for (const text of [
      'Of course Wisniewski wants more EU workers. Polacks looking after Polacks, same as ever.',
      'Knackers electing knackers. Kelsby ward is finished.',
      'Cross her palm with silver and off she goes. Fortune-telling caravan dweller wants £2m for the site.',
    ])
      expect(keys(text), text).toContain('racism');
  });

  it('is not an argument about sites, settlement status or migration', () => {
    for (const text of [
      'The council has had ten years to provide a transit site and still has not. Cllr Lovell is right to push.',
      'Settlement status delays are a disgrace. Zielinska has raised it four times and the minister still has no answer.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('smears', () => {
  it('finds made-up crimes hurled at a politician', () => {
    expect(abusive('Oi @RhysTudwal how many kids are on your hard drive?')).toBe(true);
  });

  it('is not a call for an inquiry into real allegations', () => {
    expect(
      abusive(
        'If the harassment findings against Tudwal are upheld he must resign. The party should suspend him today.',
      ),
    ).toBe(false);
  });
});
