// validate(text): what the API server (and kubectl's decoding before it) would say of a manifest text.
import { parseManifests } from '../yaml/parse';
import type { ParsedText } from '../yaml/parse';
import type { Diagnostic } from '../types';

export function validate(text: string): Diagnostic[] {
  return validateParsed(parseManifests(text));
}

/** The same, on a text already parsed (loadCluster parses once and validates that). */
export function validateParsed(parsed: ParsedText): Diagnostic[] {
  return [...parsed.diagnostics];
}
