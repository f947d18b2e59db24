// Share links: a playground's text, deflated with the browser's CompressionStream and base64url-encoded,
// in the URL fragment as `#ID=DATA` (the fragment never reaches a server).
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function canShare(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

export async function encodeShare(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/** A shared manifest inflates to at most this many bytes: a few kilobytes of link could otherwise inflate to
 * hundreds of megabytes and hold the tab for seconds. Real manifests are far smaller. */
export const SHARE_LIMIT = 1024 * 1024;

export type SharedText = { text: string } | { refused: 'corrupt' | 'too-large' };

/** Inflates chunk by chunk and stops at SHARE_LIMIT bytes, so a hostile link never allocates more. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array | 'too-large'> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > SHARE_LIMIT) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The text a share link carries, or why it was refused: not data this module encoded, or too large. */
export async function decodeShare(data: string): Promise<SharedText> {
  try {
    const bytes = await inflate(fromBase64Url(data));
    if (bytes === 'too-large') return { refused: 'too-large' };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { refused: 'corrupt' };
  }
}

/** The share data for `id` in a fragment like `#ID=DATA`, if there is one. */
export function sharedData(hash: string, id: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const data = params.get(id);
  return data ? data : undefined;
}

export async function shareUrl(location: Location, id: string, text: string): Promise<string> {
  const url = new URL(location.href);
  url.hash = `${id}=${await encodeShare(text)}`;
  return url.href;
}
