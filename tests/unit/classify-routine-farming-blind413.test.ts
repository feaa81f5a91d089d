import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Energy bills (blind413), animal rights and farming (blind415) and radio phone-ins (blind417),
 * thirty-sixth session: the sentences paraphrase the studied sets (tests/fixtures/classify/README.md).
 */

describe('routines, wishes said over time, and farm animals that are farm animals', () => {
  it('reads "getting to know your routine" as menace, not as something the writer was told', () => {
    expect(keys('Been lovely getting to know your routine, Priya.')).toContain('threat');
    // "got told" is still a report.
    expect(abusive('She got told "we know your routine" by some creep and reported it to the police.')).toBe(
      false,
    );
  });

  it('reads a wish whose "that" comes after a time said in between', () => {
    expect(keys('I pray every night that Dalton has a stroke')).toContain('harm_incitement');
    expect(keys('I genuinely hope she gets trampled by a bull')).toContain('harm_incitement');
    expect(keys('hope your heat pump electrocutes you Dalton')).toContain('harm_incitement');
    // …not a prayer for someone's recovery.
    expect(abusive('I pray every night that Dalton recovers from the stroke')).toBe(false);
  });

  it('does not call farming words about farming dehumanisation', () => {
    expect(abusive("Hughes's plan would gut Welsh livestock farming overnight")).toBe(false);
    expect(abusive('If Hughes scraps the sheep subsidy he will lose his seat.')).toBe(false);
    // …while calling someone livestock still is.
    expect(keys('Hughes and his lot are livestock, nothing more')).toContain('dehumanisation');
  });

  it('reads "wipe them out" at an election as a contest', () => {
    expect(abusive('Next election, wipe them out. Every seat. #VoteThemOut')).toBe(false);
  });
});
