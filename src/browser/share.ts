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

/** undefined when the data is not a text this module encoded. */
export async function decodeShare(data: string): Promise<string | undefined> {
  try {
    const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
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
