import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Personal insults, dehumanisation and abuse of a party's members as real replies put them, that the
 * rules missed in blind91 (2026-12-06, twenty-seventh session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('insults in British voices', () => {
  it('finds the Scots, Scouse and Geordie names for a fool', () => {
    expect(keys('yer a fud @CllrMcAlpine')).toContain('personal_insult');
    expect(keys('away n bile yer heid @CllrMcAlpine ya crabbit auld bampot')).toContain('personal_insult');
    expect(keys('what a massive tit @CllrPugh')).toContain('personal_insult');
    expect(keys('labour voters are thick. you voted for this ya absolute mugs')).toContain('personal_insult');
    expect(keys('that face is an advert for contraception @CllrPugh')).toContain('personal_insult');
  });

  it('is not a blue tit at the feeder, tit for tat, or a mug of tea', () => {
    expect(abusive('two blue tits on the feeder this morning 🐦')).toBe(false);
    expect(abusive('tit for tat sanctions again from the minister, nothing changes')).toBe(false);
    expect(abusive('@CllrPugh left his mugs in the office sink again')).toBe(false);
  });
});

describe('who an insult is aimed at', () => {
  it('finds the handle after it, a likeness, a sentence that is only a name for him', () => {
    expect(keys('scum like @CllrGrey need scraping off the bottom of a shoe')).toContain('personal_insult');
    expect(keys("somebody tell @CllrGrey botox isn't a personality. plastic faced hag")).toContain(
      'personal_insult',
    );
    expect(keys("I saw @CllrGrey's big sweaty face on the news again. greasy oaf")).toContain(
      'personal_insult',
    );
    expect(keys('subhuman. look at him @CllrGrey')).toContain('dehumanisation');
    expect(keys("filth. that's what @CllrGrey is. filth in a suit")).toContain('dehumanisation');
    expect(keys('🐀 @CllrGrey and his whole office. rats the lot of them')).toContain('dehumanisation');
  });

  it("is not the writer's own failing, a pet, or a policy called a disease", () => {
    expect(abusive("I'm thick as mince me, took three goes at the postal vote form")).toBe(false);
    expect(abusive("i'm a waste of skin before my first coffee tbh")).toBe(false);
    expect(abusive('sorry for being a gobshite at the christmas do, blame the tequila')).toBe(false);
    expect(abusive('our rabbit is a fat lazy pig and i love him 🐇')).toBe(false);
    expect(abusive('ya dozy dog 🐶 ate a sock. vet bill £400')).toBe(false);
    expect(abusive('the farm tax is a cancer on rural britain @CllrGrey. scrap it')).toBe(false);
    expect(abusive('finished treatment today, rang the bell. thank you all, cancer you lost')).toBe(false);
  });

  it('still swears when the writer swears of themselves', () => {
    expect(keys("I'm fucking furious about the bins @CllrGrey")).toContain('profanity');
  });
});

describe('a party idiom, not its members called vermin', () => {
  it('is not rats leaving a sinking ship', () => {
    expect(abusive('tory councillors crossing to reform like rats off a sinking ship 🤣')).toBe(false);
  });

  it('still finds a party called rats', () => {
    expect(keys('tories are rats, every last one of them')).toContain('dehumanisation');
  });
});

describe('a handle with its possessive', () => {
  it("reads @user's as the handle: the wish and the pet", () => {
    expect(keys("Hope someone slashes @CllrBeck's tyres and he ends up in a ditch")).toContain(
      'harm_incitement',
    );
    expect(abusive("@CllrBeck's dog won best in show at the fete 🐶")).toBe(false);
  });
});
