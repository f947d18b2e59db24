// The `Events:` section of kubectl describe (kubernetes staging/src/k8s.io/kubectl/pkg/describe/describe.go
// DescribeEvents): `<none>`, or a table of type, reason, age, source and message.
import { humanDuration } from './age';

export interface DescribeEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  /** When it happened, on the lab's clock. */
  at: number;
  from: string;
  message: string;
}

/** kube-apiserver --event-ttl's default: an event older than an hour is gone. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

export function eventLines(events: DescribeEvent[], now: number): string[] {
  const live = events.filter((e) => now - e.at < EVENT_TTL_MS).sort((a, b) => a.at - b.at);
  if (live.length === 0) return ['Events:\t<none>'];
  return [
    'Events:',
    '  Type\tReason\tAge\tFrom\tMessage',
    '  ----\t------\t----\t----\t-------',
    ...live.map((e) => `  ${e.type}\t${e.reason}\t${humanDuration(now - e.at)}\t${e.from}\t${e.message.trim()}`),
  ];
}
