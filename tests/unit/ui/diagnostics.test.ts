import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine';
import { badgeOf, diagnosticMessage, markedLines } from '../../../src/ui/diagnostics';

const service = (nodePort: number) => `apiVersion: v1
kind: Service
metadata:
  name: myapp-service
spec:
  type: NodePort
  ports:
    - targetPort: 80
      port: 80
      nodePort: ${nodePort}
  selector:
    app: myapp
`;

describe('badgeOf / diagnosticMessage', () => {
  it('says valid, with a symbol, for a manifest the API server accepts', () => {
    expect(badgeOf(validate(service(30008)))).toEqual({ state: 'valid', symbol: '✓', label: '유효함' });
  });

  it('counts errors and prints the field path as kubectl does', () => {
    const diagnostics = validate(service(80));
    expect(badgeOf(diagnostics)).toMatchObject({ state: 'error', label: '오류 1개' });
    expect(diagnosticMessage(diagnostics[0]!)).toMatch(/^spec\.ports\[0\]\.nodePort: Invalid value: 80/);
    expect(markedLines(diagnostics)).toEqual([10]);
  });
});
