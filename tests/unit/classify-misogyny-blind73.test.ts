import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Misogyny without slurs that the rules missed in blind73 (2026-12-06, twenty-fifth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post
 * the same words make.
 */

describe('women as a whole called unfit by nature', () => {
  it('finds "can\'t handle", "don\'t have the temperament", "natural followers", "aren\'t cut out"', () => {
    expect(keys('Women simply cannot handle the Treasury. Exhibit A: Cllr Dunmore')).toContain('misogyny');
    expect(keys('women just dont have the temperament for defence, sorry')).toContain('misogyny');
    expect(keys('Females are natural followers not leaders, look at the council')).toContain('misogyny');
    expect(keys("Once again, proof that women just aren't cut out for the top job.")).toContain('misogyny');
    expect(keys("Women like you just aren't built for chairing committees, @CllrAnnaPrice")).toContain(
      'misogyny',
    );
    expect(keys("Girls shouldn't be doing a man's job, simple as")).toContain('misogyny');
  });

  it('finds one woman standing for all: "put a woman in charge", "another woman, another disaster"', () => {
    expect(keys('Put a woman in charge of the budget and watch the bins pile up')).toContain('misogyny');
    expect(keys('Give a woman a bit of power and she turns into a tyrant')).toContain('misogyny');
    expect(keys('Another woman, another disaster. Will they ever learn?')).toContain('misogyny');
  });

  it('is not a hardship, a barrier, a myth or praise', () => {
    expect(abusive("Women cannot cope with these childcare costs on a carer's wage")).toBe(false);
    expect(abusive("Women shouldn't have to choose between a career and kids")).toBe(false);
    expect(abusive("Who says women can't lead? Look at the cabinet.")).toBe(false);
    expect(abusive("Who says women don't have the temperament for defence? The committee chair is one")).toBe(
      false,
    );
    expect(abusive('Proud to put a woman in charge of the Treasury for the first time')).toBe(false);
    expect(abusive("Women aren't made to feel welcome in the chamber, says the report")).toBe(false);
  });
});

describe('sent home, and called pet names to be dismissed', () => {
  it('finds a chore given as an order, and a pet name with a dismissal', () => {
    expect(keys('Pop off and do the dishes @EmmaTaitMP, nobody needs your take on trade')).toContain(
      'misogyny',
    );
    expect(keys('Back to the ironing board with you, Councillor.')).toContain('misogyny');
    expect(keys('Nice try, love. The big boys will take it from here.')).toContain('misogyny');
    expect(keys("Chin up, pet, maybe one day you'll understand the planning system.")).toContain('misogyny');
  });

  it('is not a chore, a greeting or a kettle', () => {
    expect(abusive('I do the dishes and the council budget, my husband cooks. Works for us')).toBe(false);
    expect(abusive('Ta love, you sorted my bins in a day. Out of this world service')).toBe(false);
    expect(abusive('I love how she answered, nice try by the interviewer though')).toBe(false);
    expect(abusive('Go pop the kettle on, he is on Question Time at ten')).toBe(false);
  });
});

describe('her looks and age as her worth', () => {
  it('finds looks with age, and the stock phrases', () => {
    expect(keys('Menopausal and frumpy, look at the state of her at PMQs')).toContain('misogyny');
    expect(keys('Sweetheart, your botox is showing. Stick to the photo ops')).toContain('misogyny');
    expect(keys("No wonder she's so bitter. No man would want her, look at her")).toContain('misogyny');
    expect(keys('@CllrJaneDoe is what you get when you let a frumpy old spinster near the budget')).toContain(
      'misogyny',
    );
  });

  it('is not a botox clinic or a birthday', () => {
    expect(abusive('The council should license botox and filler clinics, says Cllr Patel')).toBe(false);
    expect(abusive('Happy 60th to our councillor, still running the 10k every year')).toBe(false);
  });
});
