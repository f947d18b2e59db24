// Share links (src/browser/share.ts): a round trip, and hostile links refused with a reason instead of
// inflating without end. Node 22 has the same CompressionStream the browser uses.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, SHARE_LIMIT } from '../../../src/browser/share';

const base64Url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('share links', () => {
  it('carry a manifest there and back, Korean and all', async () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: 서비스\n';
    expect(await decodeShare(await encodeShare(text))).toEqual({ text });
  });

  it('open a text of exactly the limit', async () => {
    const text = 'a'.repeat(SHARE_LIMIT);
    expect(await decodeShare(base64Url(deflateRawSync(text)))).toEqual({ text });
  });

  it('refuse a link that inflates past the limit, without inflating all of it', async () => {
    // 20 MB of zeros deflate to about 20 KB (the link inflated to 200 MB).
    const bomb = deflateRawSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 });
    expect(await decodeShare(base64Url(bomb))).toEqual({ refused: 'too-large' });
    expect(await decodeShare(base64Url(deflateRawSync('a'.repeat(SHARE_LIMIT + 1))))).toEqual({
      refused: 'too-large',
    });
  });

  it('refuse what is not a deflated UTF-8 text', async () => {
    expect(await decodeShare('<img src=x onerror=alert(1)>')).toEqual({ refused: 'corrupt' });
    expect(await decodeShare(base64Url(deflateRawSync(Buffer.from([0xff, 0xfe, 0xfd]))))).toEqual({
      refused: 'corrupt',
    });
  });
});
