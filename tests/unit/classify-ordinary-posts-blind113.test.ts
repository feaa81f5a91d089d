import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Abuse that arrives under a politician's ordinary posts (a bereavement, a dog, a new baby, a charity
 * run), missed in blind113 (2026-12-07, twenty-eighth session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the condolence, joke or political jab the same post
 * draws.
 */

describe('a death wished under a bereavement or an illness', () => {
  it('finds "shame it wasn\'t you", "wish it had been you", "hope it\'s your last", "glad your nan\'s dead"', () => {
    expect(keys("Shame it wasn't you in that coffin tbh")).toContain('harm_incitement');
    expect(keys('Wish it had been you and not your mother')).toContain('harm_incitement');
    expect(keys("Merry Christmas @CllrPriya hope it's your last")).toContain('harm_incitement');
    expect(keys("glad your nan's dead, hope it hurt")).toContain('harm_incitement');
  });

  it('is not a condolence, or a sharp point made under the post', () => {
    expect(
      abusive("So sorry about your mum. Lost mine last year, it doesn't get easier but it gets different x"),
    ).toBe(false);
    expect(abusive('Nice run for the hospice. Now explain why you voted to cut its funding.')).toBe(false);
  });
});

describe('threats hung on the dog, the baby, the run', () => {
  it('finds the good locks, the nursery, the baby and the vote', () => {
    expect(keys("Hope you've got good locks. Just saying.")).toContain('threat');
    expect(keys("your baby's gorgeous. shame if anyone found out which nursery it goes to")).toContain(
      'threat',
    );
    expect(keys("You've got a baby now. Think about that next time you vote.")).toContain('threat');
  });

  it('is not praise for the dog or a football goal', () => {
    expect(abusive('Lovely dog. Would be nice if you answered constituents as fast as dog accounts.')).toBe(
      false,
    );
    expect(abusive('What a goal though. Absolute screamer. You must be buzzing')).toBe(false);
  });
});
