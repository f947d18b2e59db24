// How a validation result reads, for the build-time render and the live one alike.
import type { Diagnostic } from '../engine';
import { ui } from './strings';

export type BadgeState = 'valid' | 'error' | 'warning';

export interface Badge {
  state: BadgeState;
  /** A symbol as well as a colour, so the state never rests on colour alone. */
  symbol: string;
  label: string;
}

export function badgeOf(diagnostics: Diagnostic[]): Badge {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors > 0)
    return {
      state: 'error',
      symbol: '✗',
      label: warnings > 0 ? `${ui.errors(errors)}, ${ui.warnings(warnings)}` : ui.errors(errors),
    };
  if (warnings > 0) return { state: 'warning', symbol: '!', label: ui.warnings(warnings) };
  return { state: 'valid', symbol: '✓', label: ui.valid };
}

export function errorCount(diagnostics: Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}

/** What kubectl prints for the field: `spec.ports[0].nodePort: Invalid value: 80: ...`. */
export function diagnosticMessage(d: Diagnostic): string {
  return d.path ? `${d.path}: ${d.message}` : d.message;
}

/** Lines to mark in the highlighted code: one per diagnostic, in order. */
export function markedLines(diagnostics: Diagnostic[]): number[] {
  return [...new Set(diagnostics.map((d) => d.line))].sort((a, b) => a - b);
}
