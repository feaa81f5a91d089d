import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';
import { findEmails, findPhones, findPostcodes, findStreetAddresses } from '../../electron/classify/doxxing';

const rulesOnly = createClassifier({ model: null });
const has = (text: string, key: string): boolean =>
  rulesOnly.classify(text).categories.some((l) => l.key === key);

describe('doxxing detectors', () => {
  it('finds UK postcodes in all outward shapes and rejects impossible ones', () => {
    const found = findPostcodes('SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT, EC1A1BB, w1a 0ax').map(
      (d) => d.value,
    );
    expect(found).toEqual(['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A1BB', 'W1A 0AX']);
    expect(findPostcodes('QA1 1AA')).toEqual([]); // Q never starts a postcode
    expect(findPostcodes('AB1 1CI')).toEqual([]); // C and I never in the inward code
    expect(findPostcodes('COVID19 1AA and B4 8PM')).toEqual([]);
  });

  it('finds UK phone numbers and tells mobiles, landlines and the Commons apart', () => {
    const kinds = (s: string) => findPhones(s).map((d) => [d.kind, d.value]);
    expect(kinds('call 07700 900123')).toEqual([['mobile', '07700900123']]);
    expect(kinds('call +44 7700 900123')).toEqual([['mobile', '07700900123']]);
    expect(kinds('(0161) 496 0000')).toEqual([['landline', '01614960000']]);
    expect(kinds('020 7219 3000')).toEqual([['parliament-phone', '02072193000']]);
    expect(kinds('order 12345678901 and 2019-2024')).toEqual([]);
  });

  it('finds numbered street addresses, and street names only when asked', () => {
    expect(findStreetAddresses('she lives at 14 Acacia Avenue now').map((d) => d.value)).toEqual([
      '14 Acacia Avenue',
    ]);
    expect(findStreetAddresses('Flat 27b Mill Road').map((d) => d.value)).toEqual(['27b Mill Road']);
    expect(findStreetAddresses('he lives on Elm Road').map((d) => [d.kind, d.value])).toEqual([
      ['street-name', 'Elm Road'],
    ]);
    expect(findStreetAddresses('we walked 3 miles down the road')).toEqual([]);
  });

  it('finds e-mail addresses and marks parliament.uk ones as public', () => {
    expect(findEmails('mail jo.bloggs@gmail.com or sarah.mp@parliament.uk').map((d) => d.kind)).toEqual([
      'email',
      'parliament-email',
    ]);
  });
});

describe('doxxing decisions', () => {
  it('flags private details and leaves what MPs publish themselves', () => {
    expect(has('Her personal mobile is 07700 900123, ring her', 'doxxing')).toBe(true);
    expect(has('She lives at 14 Acacia Avenue, EV3 7QT. Go and see her.', 'doxxing')).toBe(true);
    expect(has("Nair's kids go to St Mary's Primary.", 'doxxing')).toBe(true);
    expect(has('Constituency office: 12 High Street, EV1 2AB, open Mondays', 'doxxing')).toBe(false);
    expect(has('Call the office on 020 7219 3000 or email her at sarah.mp@parliament.uk', 'doxxing')).toBe(
      false,
    );
    expect(has('Her kids came to the count last night.', 'doxxing')).toBe(false);
    expect(
      has(
        "Sian Morgan MS's mobile surgery van will be at the Co-op car park and Ystalyfera Square on Wednesday",
        'doxxing',
      ),
    ).toBe(false);
    expect(has('Her mobile is 07700 900123 and she lives on Ystalyfera Square', 'doxxing')).toBe(true);
  });

  it("someone's home and which door it is: 'the one above…', a house number or 'the end of' a street", () => {
    expect(has('sam okoros london flat is the one above the chippy on keld rd, 2nd floor', 'doxxing')).toBe(
      true,
    );
    expect(
      has("Alan Frew's hoose is the white yin at the end o Station Crescent, red Ford ootside", 'doxxing'),
    ).toBe(true);
    expect(has('his constituency home is the farmhouse at the end of mill lane. no gates', 'doxxing')).toBe(
      true,
    );
    expect(has('Her house is number one on my list of places to leaflet this weekend', 'doxxing')).toBe(
      false,
    );
    expect(has('His home is the one thing he never talks about', 'doxxing')).toBe(false);
    expect(has("The MP's house is at the end of a long career of service", 'doxxing')).toBe(false);
  });

  it('reports the detected characters as the span', () => {
    const text = 'text him on 07700 900456 tonight';
    const label = rulesOnly.classify(text).categories.find((l) => l.key === 'doxxing');
    expect(label?.spans.map((s) => text.slice(s.start, s.end))).toContain('07700 900456');
  });
});
