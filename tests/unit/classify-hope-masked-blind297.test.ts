import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Neighbourhood groups (blind297), newspaper comments (blind301), MPs' staff (blind303), meme formats
 * (blind305), deepfakes (blind307) and drugs policy (blind309): missed or wrongly flagged (2026-12-07,
 * thirty-third session; the sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('threats and slurs these sets showed missing', () => {
  it('reads "had better hope" and "better pray" said of a person as a threat', () => {
    // Said of someone: "you / she / he had better hope…" (not "better hope the polls are wrong").
    expect(keys('Cllr Dunnock had better hope the police are quicker than me.')).toContain('threat');
    expect(keys('she better pray nobody recognises her on the platform')).toContain('threat');
  });

  it('reads the masked "c***" as the insult it hides', () => {
    expect(abusive('Useless c*** should never have been let near a ministry. Yes, you, Pike.')).toBe(true);
  });

  it('finds sexualised deepfake requests and self-harm told as an overdose', () => {
    expect(keys('someone make a nude of Cllr Varga already, you lot have the tools')).toContain('sexualised');
    expect(keys('Mr Tollan should take a lethal dose and save the taxpayer a reshuffle')).toContain(
      'self_harm',
    );
  });

  it('is not a debunk or a warning not to share', () => {
    for (const text of ['This is clearly AI: look at the hands and the earrings. Don’t share it, report it.'])
      expect(abusive(text), text).toBe(false);
  });
});
