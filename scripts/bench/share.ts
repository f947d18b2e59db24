// Opening a share link: decoding inflates chunk by chunk and stops at SHARE_LIMIT, so a link that would inflate
// to hundreds of megabytes costs no more than one that inflates to the limit (issue budget: growth that follows
// the work, never the claimed size).
import { decodeShare, encodeShare, SHARE_LIMIT } from '../../src/browser/share';
import type { BenchRow } from '../bench';

async function decodeMs(data: string): Promise<{ ms: number; refused: boolean }> {
  const start = performance.now();
  const result = await decodeShare(data);
  return { ms: performance.now() - start, refused: 'refused' in result };
}

export default async function (): Promise<BenchRow[]> {
  const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n';
  const small = await encodeShare(manifest.repeat(Math.floor(SHARE_LIMIT / 10 / manifest.length)));
  const large = await encodeShare(manifest.repeat(Math.floor(SHARE_LIMIT / manifest.length)));
  const bomb = await encodeShare('a'.repeat(200 * SHARE_LIMIT));
  await decodeMs(small);
  const [tenth, full, refused] = [await decodeMs(small), await decodeMs(large), await decodeMs(bomb)];
  if (tenth.refused || full.refused || !refused.refused) throw new Error('share limit not applied as expected');
  return [
    { name: 'share link inflating to 0.1 MB', value: `${tenth.ms.toFixed(1)} ms` },
    { name: 'share link inflating to 1 MB (the limit)', value: `${full.ms.toFixed(1)} ms` },
    { name: 'growth for 10× the text', value: `${(full.ms / tenth.ms).toFixed(1)}×`, target: '≈ 10× or less' },
    {
      name: `${(bomb.length / 1024).toFixed(0)} KB link claiming 200 MB, refused`,
      value: `${refused.ms.toFixed(1)} ms`,
      target: '≈ the 1 MB link',
    },
  ];
}
