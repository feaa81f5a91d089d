import { describe, expect, it } from 'vitest';
import { normalise, toOriginal } from '../../electron/classify/normalise';
import { tokenise } from '../../electron/classify/tokenise';

const norm = (s: string): string => normalise(s).text;
const words = (s: string): string[] => {
  const t = tokenise(normalise(s).text);
  return t.keys.slice(0, t.count);
};

describe('normalise', () => {
  it('lower-cases and replaces mentions and links with the OLID placeholders', () => {
    expect(norm('@SarahMP Read THIS https://t.co/abc123 now')).toBe('@user read this url now');
    expect(norm('see www.example.org/x')).toBe('see url');
    expect(words('@USER @USER URL')).toEqual(['@user', '@user', 'url']);
  });

  it('folds leetspeak inside words but leaves numbers alone', () => {
    expect(norm('sh1t b!tch a$$ 1diot n00b')).toBe('shit bitch ass idiot noob');
    expect(norm('b@stard')).toBe('bastard');
    expect(norm('in 2019 at 10pm on the 2nd, covid19, £5')).toBe('in 2019 at 10pm on the 2nd, covid19, £5');
    expect(norm('wow!')).toBe('wow!');
  });

  it('cuts elongations to two letters', () => {
    expect(norm('stuuuuupid')).toBe('stuupid');
    expect(norm('diiiiie')).toBe('diie');
    expect(norm('(((Cohen)))')).toBe('(((cohen)))');
    expect(norm('07700 900000')).toBe('07700 900000');
  });

  it('finds elongations and spaced letters wherever they come from', () => {
    // Made by lookalike folding, or after an emoji.
    expect(norm('ｋ ｉ ｌ ｌ')).toBe('kill');
    expect(norm('😡 s t u p i d')).toBe('😡 stupid');
    expect(norm('stüüüpid')).toBe('stuupid');
    // Made by leetspeak folding in a post with an emoji (pass 3 sees pass 2's letters there).
    expect(norm('VOTE CRUZ!!!!MAGA!!🇺🇸')).toBe('vote cruziimaga!!🇺🇸');
    // An ASCII post keeps its "!!!!" run as typed (pass 3 looks only where the typed text suggests).
    expect(norm('VOTE CRUZ!!!!MAGA!!')).toBe('vote cruziiiimaga!!');
    // "@USER" glued to a letter by an invisible char is leetspeak for "a" there, as "b@stard" is.
    expect(norm('a\u200b@USER 1')).toBe('aauser 1');
    expect(norm('a @USER 1')).toBe('a @user 1');
  });

  it('joins s p a c e d and d.o.t.t.e.d single letters, but not ordinary words', () => {
    expect(norm('k i l l you')).toBe('kill you');
    expect(norm('f u c k off')).toBe('fuck off');
    expect(norm('i.d.i.o.t')).toBe('idiot');
    expect(norm('I am a fan')).toBe('i am a fan');
  });

  it('folds lookalike letters, fullwidth and mathematical letters, accents and invisibles', () => {
    expect(norm('іdіоt')).toBe('idiot'); // Cyrillic і and о
    expect(norm('ｆｕｃｋ')).toBe('fuck');
    expect(norm('𝐟𝐮𝐜𝐤')).toBe('fuck');
    expect(norm('fück')).toBe('fuck');
    expect(norm('id\u200Biot')).toBe('idiot');
    expect(norm('you’re')).toBe("you're");
  });

  it('keeps emoji as tokens of their own', () => {
    expect(words('you 🔪🔪')).toEqual(['you', '🔪', '🔪']);
  });

  it('maps every normalised range back to the original characters', () => {
    const original = 'Hey @SomeMP, you 𝐢𝐝𝐢𝐨𝐭 k i l l';
    const n = normalise(original);
    const idiot = n.text.indexOf('idiot');
    const [s, e] = toOriginal(n, idiot, idiot + 5);
    expect(original.slice(s, e)).toBe('𝐢𝐝𝐢𝐨𝐭');
    const kill = n.text.indexOf('kill');
    const [ks, ke] = toOriginal(n, kill, kill + 4);
    expect(original.slice(ks, ke)).toBe('k i l l');
    const at = n.text.indexOf('@user');
    const [ms, me] = toOriginal(n, at, at + 5);
    expect(original.slice(ms, me)).toBe('@SomeMP');
  });
});
