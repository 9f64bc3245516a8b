// Name-based UUIDs are the standard version 5 ones, so any other system derives the same.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameUuid, sha1 } from './nameUuid';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_SPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

describe('sha1', () => {
  it('gives the digests of FIPS 180 examples', () => {
    const ascii = (text: string) => [...Buffer.from(text, 'latin1')];
    expect(hex(sha1([]))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(ascii('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('agrees with a standard implementation on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hex(sha1([...bytes]))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('nameUuid', () => {
  it('gives the version 5 UUIDs other implementations give, in lower case', () => {
    expect(nameUuid(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(nameUuid(DNS, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Encoded as UTF-8, as RFC 9562 asks.
    expect(nameUuid(URL_SPACE, 'http://example.com/ü')).toBe(
      '3bdc1b92-e301-5da7-9835-fff02184ba40',
    );
  });

  it('matches a standard derivation for any text, lone surrogates written as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const digest = createHash('sha1')
          .update(Buffer.from(DNS.replaceAll('-', ''), 'hex'))
          .update(Buffer.from(new TextEncoder().encode(name)))
          .digest();
        digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
        digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
        expect(nameUuid(DNS, name).replaceAll('-', '')).toBe(
          digest.subarray(0, 16).toString('hex'),
        );
      }),
    );
  });
});
