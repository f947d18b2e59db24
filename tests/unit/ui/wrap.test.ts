import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/ui/wrap';

describe('wrap', () => {
  it("breaks a pod's labels after the comma between them, not inside a label", () => {
    expect(wrap('app=myapp, type=front-end', 20)).toEqual(['app=myapp,', 'type=front-end']);
  });

  it('keeps a label that fits on one line', () => {
    expect(wrap('app=myapp', 20)).toEqual(['app=myapp']);
  });

  it('breaks a long DNS name after a dot or a dash, keeping every character', () => {
    const name = 'my-very-long-deployment-name.team-a.svc';
    const lines = wrap(name, 20);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join('')).toBe(name);
    expect(lines[0]).toBe('my-very-long-');
  });

  it('cuts a word with no separator at the width rather than overflow the box', () => {
    expect(wrap('a'.repeat(45), 20)).toEqual(['a'.repeat(20), 'a'.repeat(20), 'a'.repeat(5)]);
  });

  it("keeps the space after a comma when a long label's end shares its line with the next one", () => {
    expect(wrap('tier=backend-services, a=b', 20)).toEqual(['tier=backend-', 'services, a=b']);
  });

  it('draws nothing for an empty label', () => {
    expect(wrap('', 20)).toEqual([]);
  });
});
