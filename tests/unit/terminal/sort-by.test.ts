// kubectl get --sort-by against kubectl v0.34.1 pkg/cmd/get/sorter.go (isLess, NewTableSorter,
// SortObjects) and get/customcolumn.go RelaxedJSONPathExpression.
import { describe, expect, it } from 'vitest';
import { clocked } from './fixtures';

function lab() {
  const { sh, tick } = clocked();
  tick(60_000);
  sh.run('kubectl create deployment a-app --image=nginx --replicas=3');
  return sh;
}

const column = (text: string, index: number) =>
  text
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/)[index]!);

describe('kubectl get --sort-by', () => {
  it('sorts a table by a string field, byte-wise (isLess reflect.String)', () => {
    const names = column(lab().run('kubectl get pods --sort-by=.metadata.name').text, 0);
    expect(names.slice(0, 3).every((n) => n.startsWith('a-app-'))).toBe(true);
    expect(names.slice(3).every((n) => n.startsWith('webapp-'))).toBe(true);
    expect([...names].sort()).toEqual(names);
  });

  it('takes the path in all four relaxed spellings', () => {
    const sh = lab();
    const expected = sh.run('kubectl get pods --sort-by=.metadata.creationTimestamp').text;
    for (const spelling of [
      'metadata.creationTimestamp',
      '{.metadata.creationTimestamp}',
      '{metadata.creationTimestamp}',
    ])
      expect(sh.run(`kubectl get pods --sort-by=${spelling}`).text).toBe(expected);
    // The fixture's webapp pods are older than the ones made a minute into the lab.
    expect(
      column(expected, 0)
        .slice(0, 2)
        .every((n) => n.startsWith('webapp-')),
    ).toBe(true);
  });

  it('sorts numbers as numbers (.spec.replicas: 2 before 3)', () => {
    expect(column(lab().run('kubectl get deploy --sort-by=.spec.replicas').text, 0)).toEqual(['webapp', 'a-app']);
  });

  it('sorts every object together for -o name (SortObjects over the whole list)', () => {
    const names = lab().run('kubectl get pods,svc --sort-by=.metadata.name -o name').text.split('\n');
    expect(names[3]).toBe('service/kubernetes');
  });

  it('errors as sorter.go and RelaxedJSONPathExpression do', () => {
    const sh = lab();
    expect(sh.run('kubectl get pods --sort-by=.status.nothing')).toEqual({
      text: 'error: couldn\'t find any field with path "{.status.nothing}" in the list of objects',
      exitCode: 1,
    });
    expect(sh.run("kubectl get pods --sort-by='{{x'").text).toBe(
      "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    );
  });
});
