import { describe, expect, it } from 'vitest';
import { quotedLines } from '../../electron/classify/quotedLines';
import { abusive, keys } from './classifyProbe';

/**
 * Wales and the Senedd (blind217), veterans (blind219), politicians' families (blind221), expenses
 * (blind223), the NHS (blind225), emails to MPs' offices (blind227), algospeak (blind229), Reddit
 * (blind231), older people's Facebook comments (blind233), backhanded compliments (blind235), the days
 * after an attack (blind237) and reality TV (blind239): missed or wrongly flagged (2026-12-07,
 * thirty-second session; the sentences paraphrase the studied sets, tests/fixtures/classify/README.md).
 */

describe('lines quoted with ">"', () => {
  it('are the words a reply answers, not the writer’s own', () => {
    for (const text of [
      '> Brackenbury should be shot for this\n\nNo, he should be questioned by the committee on the 14th.',
      '> These people should be hanged for treason\n\nThey should be voted out for incompetence.',
      '> Osei should go back where she came from\n\nShe came from Kessington General, same as me. Reported.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('still count when the reply makes them its own, or is itself abuse', () => {
    expect(abusive('> Osei should go back where she came from\n\nCorrect.')).toBe(true);
    expect(
      keys(
        '> What would you actually do about it though?\n\nWait outside his office and rearrange his face.',
      ),
    ).toContain('threat');
  });

  it('are greentext, the writer’s own story, when no reply follows', () => {
    expect(quotedLines('>be me\n>vote Tory\n>hang them all')).toEqual([]);
    expect(quotedLines('> quoted line\n\nthe reply')).toEqual([[0, 13]]);
    expect(abusive('>be me\n>see the minister on the train\n>hang him from the luggage rack')).toBe(true);
  });
});

describe('letters and emails to an MP’s office', () => {
  it('are not doxxing for the sender’s own address and number', () => {
    for (const text of [
      'Dear Ms Kettering, my sister’s visa has been under review for 14 months. Please actually do something. Bilal Akhtar, 8 Hawthorn Road, 07700 900390',
      'Hello, is there anything your office can do to chase the Home Office? Many thanks, Emma Adebayo, 7 Linden Court, Hollinbridge, 07700 900460',
      'Dear Sir/Madam,\n\nMy Universal Credit payment was £340 short. Phone: 07700 900537. Address: 22 Weaver’s Row, Eastfold.\n\nRegards,\nRyan Sutcliffe',
      'Dear Mr Hale, the drains on our road have flooded again. Please help. Jane Smith\n14 Oak Road\nEastfold',
      'From: Jane Smith, 14 Oak Road, Eastfold. The bins have not been collected for three weeks.',
      'Dear Mr Quayle, can your office make an enquiry? I’ll be on 07700 900918 all day. Thank you so much.',
    ])
      expect(abusive(text), text).toBe(false);
  });

  it('still flags someone else’s details given beside a name', () => {
    expect(keys('Here is his number. John Smith 07700 900123. Ring him day and night.')).toContain('doxxing');
    expect(keys('Dear all, Cllr Hale, 14 Oak Road, Eastfold. Pay him a visit tonight.')).toContain('doxxing');
  });
});

describe('calls and threats as these settings write them', () => {
  it('reads the harm after someone is led away', () => {
    expect(keys('Someone should take Priya Dhanani round the back and shoot her.')).toContain(
      'harm_incitement',
    );
    expect(keys('Take him round the back and shoot him.')).toContain('harm_incitement');
    expect(abusive('We should take the kids to the park and shoot some hoops.')).toBe(false);
  });

  it('reads Welsh, algospeak and veterans’ threats', () => {
    expect(keys('Dwi’n gwybod lle ti’n byw, Treharne. Cofia hynny.')).toContain('threat');
    expect(keys('Coc oen. That’s all you are, Pugh-Bevan.')).toContain('personal_insult');
    expect(keys('ratio + L + you should unalive')).toContain('self_harm');
    expect(keys('Penhallow is getting a visit from me and the lads. Balaclavas on.')).toContain('threat');
  });

  it('is not a casework letter, a reality-TV verdict or a thank-you', () => {
    for (const text of [
      'Dear Ms Varga, I’m a volunteer with the Men’s Shed. We would love you to visit. We believe closure would put lives at risk.',
      'Poppies on every lamppost in Little Wenham. Whoever organised it, thank you.',
      'Parliament’s sitting and our MP is in a glass box full of cockroaches. You couldn’t write it.',
    ])
      expect(abusive(text), text).toBe(false);
  });
});
