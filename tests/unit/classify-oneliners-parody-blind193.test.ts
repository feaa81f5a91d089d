import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * One-liners (blind193), parody and fake quotes (blind195), livestream chat (blind197) and crime and
 * punishment (blind199): missed or wrongly flagged (2026-12-07, thirty-first session; the sentences
 * paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('a reply that is only a name for the person', () => {
  it('reads "Vermin." and "Cockroach." as said to whoever it answers', () => {
    for (const text of ['Vermin.', 'Cockroach.', 'Maggots.'])
      expect(keys(text), text).toContain('dehumanisation');
  });

  it('still reads an animal word on its own as an animal', () => {
    for (const text of ['Rats!', 'Sheep.']) expect(abusive(text), text).toBe(false);
  });
});

describe('words the writer puts in a politician’s mouth', () => {
  it('reads a fake quote, a parody diary or a #parody post as the writer’s own words', () => {
    for (const text of [
      'Fake quote of the day: "I, Alan Birch, am a worthless cretin and my own party can’t stand me."',
      'Dear Diary, it’s Cllr Frost. Called a constituent a "stupid slag" today, then had a cry. #parody',
    ])
      expect(abusive(text), text).toBe(true);
  });

  it('still reads satire of a policy as criticism', () => {
    for (const text of [
      'Fake quote: "We will build 40 new hospitals" — Cllr Frost, 2023. Mock headline: council builds one car park.',
      'Dear Diary, it’s the Chancellor. Cut the winter fuel payment today, then bought a second home. #parody',
    ])
      expect(abusive(text), text).toBe(false);
  });
});

describe('punishment called for criminals, not for politicians', () => {
  it('is a view on sentencing when it is about criminals as a class', () => {
    for (const text of [
      'String them up. Grooming gang ringleaders do not deserve taxpayer-funded cells.',
      'Hang them. Hang the lot of them. Child killers do not deserve the air they breathe.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('is still a call for harm when a politician is in it', () => {
    for (const text of [
      'String up the justice secretary next to the child killers she is letting out.',
      'Castrate the paedos, and castrate the MPs who protected them. Rahman first.',
    ])
      expect(keys(text), text).toContain('harm_incitement');
  });
});

describe('an attack told as someone else’s deed', () => {
  it('reads "the man who left a noose" as news, not a call', () => {
    expect(
      abusive(
        'Police update: the man who left a noose outside Cllr Okoro’s office has been charged. Thank you all.',
      ),
    ).toBe(false);
  });

  it('still finds praise for the one who did it', () => {
    expect(abusive('Whoever left that noose outside Okoro’s office deserves a medal.')).toBe(true);
  });
});

describe('talk about a home address that gives none', () => {
  it('is a complaint about the platform, not doxxing', () => {
    expect(
      abusive(
        'Three reports, one automated reply. That is how the platform handled a post giving Cllr Reyes’s home address.',
      ),
    ).toBe(false);
  });
});
