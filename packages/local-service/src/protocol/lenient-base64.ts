/**
 * Standard base64 decoded the way Python's `base64.b64decode(text)` does without `validate=True`
 * (CPython's `binascii.a2b_base64` in non-strict mode), which is how the AWS CLI reads the
 * cross-device verification code:
 *
 * - characters outside `A-Za-z0-9+/=` are skipped, so whitespace or line breaks from a paste do
 *   not matter, and URL-safe `-`/`_` are silently dropped (not translated);
 * - `=` ends the input once it completes a quantum (after 2 or 3 data characters); a stray `=`
 *   before that is skipped;
 * - a final partial quantum is an error ("Incorrect padding"), as is non-ASCII input.
 *
 * Returns undefined where Python raises.
 */
export function decodeBase64Lenient(text: string): Buffer | undefined {
  // Python refuses a str with non-ASCII characters before decoding anything.
  if (!/^\p{ASCII}*$/u.test(text)) return undefined;
  const bytes: number[] = [];
  let quadPosition = 0;
  let carry = 0;
  let pads = 0;
  for (const character of text) {
    if (character === "=") {
      // As in CPython, only a `=` after at least 2 data characters counts towards the padding.
      if (quadPosition >= 2 && quadPosition + ++pads >= 4) return Buffer.from(bytes);
      continue;
    }
    const sextet = alphabet.indexOf(character);
    if (sextet < 0) continue;
    pads = 0;
    switch (quadPosition) {
      case 0:
        carry = sextet;
        break;
      case 1:
        bytes.push(((carry << 2) | (sextet >> 4)) & 0xff);
        carry = sextet & 0x0f;
        break;
      case 2:
        bytes.push(((carry << 4) | (sextet >> 2)) & 0xff);
        carry = sextet & 0x03;
        break;
      default:
        bytes.push(((carry << 6) | sextet) & 0xff);
        carry = 0;
    }
    quadPosition = (quadPosition + 1) % 4;
  }
  return quadPosition === 0 ? Buffer.from(bytes) : undefined;
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
