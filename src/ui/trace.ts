// The outcome line above a route's trace: a symbol, a word and who received the request (or why not).
import type { RouteResult } from '../engine';
import { ui } from './strings';

export interface OutcomeView {
  state: 'ok' | 'bad' | 'info';
  symbol: string;
  label: string;
  detail?: string;
}

export function outcomeOf(result: RouteResult): OutcomeView {
  const label = ui.outcome[result.outcome] ?? result.outcome;
  switch (result.outcome) {
    case 'delivered': {
      const pods = result.endpoints.map((e) => `${e.pod} (${e.ip}:${e.port})`).join(', ');
      // The path the pod receives, after any rewrite, so a rewrite reads off the outcome line at a glance.
      return { state: 'ok', symbol: '✓', label, detail: pods ? ui.deliveredTo(pods, result.path) : result.reason };
    }
    case 'redirect':
      return {
        state: 'info',
        symbol: '↪',
        label,
        detail: [result.status, result.location].filter(Boolean).join(' ') || result.reason,
      };
    case 'dns-only':
      return {
        state: 'info',
        symbol: 'ℹ',
        label,
        detail: (result.dns ?? []).join(', ') || result.cname || result.reason,
      };
    default:
      return { state: 'bad', symbol: '✗', label, detail: result.reason };
  }
}
