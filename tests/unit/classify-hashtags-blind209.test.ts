import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';
import { expandHashtags } from '../../electron/classify/hashtags';
import { buildLexicon } from '../../electron/classify/lexicon';
import { abusive, keys } from './classifyProbe';

/**
 * Hashtags (blind209), the online-speech fight (blind211), reviews of MPs' offices (blind213) and the
 * small boats (blind215): missed or wrongly flagged (2026-12-07, thirty-first session; the sentences
 * paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('CamelCase hashtags', () => {
  const lex = buildLexicon();

  it('are split only where a tag holds the start of a word-list phrase', () => {
    const e = expandHashtags('#HangTheTraitors starting with @HelenVoss', lex);
    expect(e?.text).toBe('#Hang The Traitors starting with @HelenVoss');
    // Every index of the split text maps back to the post as written.
    expect(e?.from[e.text.indexOf('Traitors')]).toBe('#HangTheTraitors'.indexOf('Traitors'));
    expect(expandHashtags('#WalkAway #MAGA #VoteRedToSaveAmerica', lex)).toBeNull();
    expect(expandHashtags('no tags here', lex)).toBeNull();
  });

  it('are read as the phrases they hold, with the span on the tag as written', () => {
    const text = '#HangTheTraitors starting with @HelenVoss';
    const c = createClassifier().classify(text);
    expect(c.abusive).toBe(true);
    const span = c.categories[0]?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe('HangTheTraitors');
    expect(keys('#GasTheTories')).toContain('harm_incitement');
  });

  it('in one case are split only when they are a whole word-list phrase run together', () => {
    expect(expandHashtags('#hangher @HelenVoss', lex)?.text).toBe('#hang her @HelenVoss');
    expect(keys('#hangher @HelenVoss')).toContain('harm_incitement');
    expect(expandHashtags('#maga #walkaway #backtheblue', lex)).toBeNull();
  });

  it('leave campaign tags about bills and budgets alone', () => {
    for (const text of ['#KillTheBill #AxeTheTax', '#BinTheBudget and #SackTheMinister, today.'])
      expect(abusive(text), text).toBe(false);
  });
});

describe('reviews, the small boats and the online-speech fight', () => {
  it('finds threats and calls to harm written as reviews and slogans', () => {
    expect(keys('1/5. Next time I’m in that office I’m bringing a bat. Sorry in advance.')).toContain(
      'threat',
    );
    expect(keys('Sink the boats. Every single one. The navy has guns, use them.')).toContain(
      'harm_incitement',
    );
    expect(keys('Keep it up Celia. Acid doesn’t need an age check.')).toContain('threat');
  });

  it('is not a scathing review or a hard-line policy view', () => {
    for (const text of [
      '1 star. Three emails, no reply, and the office was shut on a Tuesday afternoon. Do your job.',
      'Stop the boats. The scheme has cost £700m and removed four people. Resign, Home Secretary.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});
