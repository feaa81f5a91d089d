/**
 * Id formats of the platforms the demo imitates, built without BigInt where the hot loop needs them.
 * Every id embeds the generator's running post number somewhere, so ids never collide.
 */
export const B32_SORT = '234567abcdefghijklmnopqrstuvwxyz';
export const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
export const X_EPOCH = 1288834974657;
export const IG_EPOCH = 1314220021721;

/** Fixed-width base-N encoding of a non-negative integer below 2^53. */
export function encode(n: number, alphabet: string, width: number): string {
  let s = '';
  const base = alphabet.length;
  for (let i = 0; i < width; i++) {
    s = alphabet[n % base] + s;
    n = Math.floor(n / base);
  }
  return s;
}

/**
 * Decimal string of hi * mult + low for 64-bit ids, without BigInt (several times slower in the hot loop).
 * Exact while hi / 1e6 * mult and 1e6 * mult stay below 2^53, true for every layout used here.
 */
export function bigDecimal(hi: number, mult: number, low: number): string {
  const a = Math.floor(hi / 1e6);
  const c = (hi - a * 1e6) * mult + low;
  const carry = Math.floor(c / 1e6);
  const head = a * mult + carry;
  const tail = String(c - carry * 1e6);
  return head > 0 ? String(head) + '000000'.slice(tail.length) + tail : tail;
}

/** Twitter-style snowflake: milliseconds since `epoch` above `bits` low bits. */
export function snowflake(ms: number, epoch: number, bits: number, low: number): string {
  return bigDecimal(ms - epoch, 2 ** bits, low);
}

/** Bluesky TID: 53 bits of microseconds then a 10-bit clock id, base32-sortable, 13 characters. */
export function tid(ms: number, seq: number): string {
  return encode(ms * 1000 + (seq % 1000), B32_SORT, 11) + encode(Math.floor(seq / 1000) % 1024, B32_SORT, 2);
}

export function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function mastodonParts(handle: string): { user: string; instance: string } {
  const at = handle.indexOf('@');
  return { user: handle.slice(0, at), instance: handle.slice(at + 1) };
}

/** 16 digits: seconds since late 2016 then the running number, like a Graph API object id. */
export function fbNumber(ms: number, seq: number): string {
  return (
    String(Math.floor(ms / 1000) - 1_480_000_000).padStart(9, '0') + String(seq % 10_000_000).padStart(7, '0')
  );
}

/** Instagram shortcode: the media id in URL-safe base64, as in /p/{shortcode}/. */
export function shortcodeOf(id: bigint): string {
  let s = '';
  while (id > 0n) {
    s = B64URL[Number(id & 63n)] + s;
    id >>= 6n;
  }
  return s;
}
