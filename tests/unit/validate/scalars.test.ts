// YAML scalars as kubectl reads them: sigs.k8s.io/yaml decodes each document with go-yaml v2 into interface{}
// (resolve.go, decode.go), turns map keys into strings (yaml.go convertToJSONableObject) and marshals JSON.
// Rows are go-yaml v2 decode_test.go's unmarshalTests with an interface{} target (the target kubectl uses: a
// RawExtension, so no string coercion), plus sigs.k8s.io/yaml's key conversion and encoding/json's refusals.
// The value is read back through the public API only: a Service's nodePort (a number is echoed in the range
// error, other types in the json type error; 0 and null both mean "allocate one"), its name (null is a missing
// name, 0 a number), its annotation (a string, verbatim) and publishNotReadyAddresses (true or false).
import { describe, expect, it } from 'vitest';
import { loadCluster, validate } from '../../../src/engine';

const service = (field: string, scalar: string, extra = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web${field === 'annotation' ? `\n  annotations:\n    v: ${scalar}` : ''}\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80${field === 'nodePort' ? `\n      nodePort: ${scalar}` : ''}${field === 'publish' ? `\n  publishNotReadyAddresses: ${scalar}` : ''}\n${extra}`;

/** What kubectl sends for SCALAR, or `error: …` with the conversion's message. */
function sent(scalar: string): unknown {
  const d = validate(service('nodePort', scalar));
  if (d.length === 0) {
    const named = validate(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${scalar}\n`)[0]?.message ?? '';
    return named.startsWith('Required value') ? null : named.includes('cannot unmarshal number') ? 0 : named;
  }
  const { type, message } = d[0]!;
  if (type === 'YAMLSyntax') return `error: ${message}`;
  const int = /^Invalid value: (-?\d+): provided port is not in the valid range/.exec(message);
  if (int) return Number(int[1]);
  const number = /cannot unmarshal number (\S+) into/.exec(message);
  if (number) return Number(number[1]);
  if (message.includes('cannot unmarshal bool'))
    return loadCluster(service('publish', scalar)).services.find((s) => s.name === 'web')!.publishNotReadyAddresses;
  if (message.includes('cannot unmarshal string'))
    return loadCluster(service('annotation', scalar)).services.find((s) => s.name === 'web')!.annotations.v;
  return `unexpected: ${message}`;
}

describe('go-yaml v2 resolve.go, through kubectl (decode_test.go unmarshalTests into interface{})', () => {
  it.each([
    ['hi', 'hi'],
    ['true', true],
    ['10', 10],
    ['0b10', 2],
    ['0xA', 10],
    ['4294967296', 4294967296],
    ['0.1', 0.1],
    ['.1', 0.1],
    ['-10', -10],
    ['-.1', -0.1],
    // Floats from spec
    ['6.8523e+5', 6.8523e5],
    ['685.230_15e+03', 685.23015e3],
    ['685_230.15', 685230.15],
    // Bools from spec
    ['y', true],
    ['NO', false],
    ['True', true],
    ['on', true],
    // Ints from spec
    ['685230', 685230],
    ['+685_230', 685230],
    ['02472256', 685230],
    ['0x_0A_74_AE', 685230],
    ['0b1010_0111_0100_1010_1110', 685230],
    ['-0b101010', -42],
    // Nulls from spec
    ['', null],
    ['~', null],
    ['null', null],
    // Explicit tags
    ["!!float '1.1'", 1.1],
    ['!!float 0', 0],
    ['!!float -1', -1],
    ["!!null ''", null],
    ['! test', 'test'],
    // Strings that look like numbers but are not
    ['-b_c', '-b_c'],
    ['+b_c', '+b_c'],
    ['50cent_of_dollar', '50cent_of_dollar'],
    // Timestamps decoded into interface{} stay their text (decode.go, "for backward compatibility")
    ['2015-01-01', '2015-01-01'],
    ['2015-02-24T18:19:39.12Z', '2015-02-24T18:19:39.12Z'],
    ['!!str 2015-01-01', '2015-01-01'],
    ['!!timestamp "2015-01-01"', '2015-01-01'],
    ['"2015-01-01"', '2015-01-01'],
  ])('v: %s', (scalar, expected) => {
    expect(sent(scalar)).toEqual(expected);
  });
});

describe('what the JS YAML 1.1 schema reads differently (resolve.go decides)', () => {
  it.each([
    // resolveTable gives 'e' no hint: a plain string, never a float.
    ['e1', 'e1'],
    ['1_000', 1000],
    ['0b101', 5],
    // Base 60 floats "are purposefully unsupported" (resolve.go): a string.
    ['1:20', '1:20'],
    ['190:20:30', '190:20:30'],
    ['2001-12-14', '2001-12-14'],
    ['0x1F', 31],
    // strconv.ParseInt with base 0 reads Go's 0o prefix and a leading 0 as octal.
    ['0o17', 15],
    ['017', 15],
    // Not octal, so ParseInt fails, and yamlStyleFloat takes it as the float 8.
    ['08', 8],
    ['+1', 1],
    ['1e3', 1000],
    ['1.', 1],
    ['Null', null],
    ['NULL', null],
    ['n', false],
    ['Y', true],
    ['Off', false],
    // Only the spellings in resolveMapList are special.
    ['nULL', 'nULL'],
    ['yES', 'yES'],
    // The extra 0b branch parses the rest with ParseInt(…, 2), sign included.
    ['0b-101', -5],
    ['!!binary aGVsbG8=', 'hello'],
  ])('v: %s', (scalar, expected) => {
    expect(sent(scalar)).toEqual(expected);
  });

  it.each([
    // encoding/json refuses what go-yaml decodes as ±Inf or NaN (encode.go floatEncoder, UnsupportedValueError).
    ['.inf', 'json: unsupported value: +Inf'],
    ['-.Inf', 'json: unsupported value: -Inf'],
    ['.NaN', 'json: unsupported value: NaN'],
    // resolve.go's deferred check: an explicit tag the text does not resolve to.
    ['!!int abc', 'yaml: cannot decode !!str `abc` as a !!int'],
    ['!!int 1.5', 'yaml: cannot decode !!float `1.5` as a !!int'],
    ['!!bool 1', 'yaml: cannot decode !!int `1` as a !!bool'],
    // decode.go scalar()
    ['!!binary ab!c', 'yaml: !!binary value contains invalid base64 data'],
  ])('v: %s is refused', (scalar, message) => {
    expect(sent(scalar)).toBe(`error: error converting YAML to JSON: ${message}`);
  });

  it('points a refused value at its line', () => {
    expect(validate(service('nodePort', '.inf'))[0]).toMatchObject({ type: 'YAMLSyntax', line: 11, column: 17 });
  });
});

describe('map keys as sigs.k8s.io/yaml converts them (yaml.go convertToJSONableObject)', () => {
  // The annotation as stored, or the key the annotation-name error quotes (`1e+06` is no valid name).
  const annotationsOf = (keys: string) => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n${keys}spec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n`;
    const quoted = /^Invalid value: "(.*?)"/.exec(validate(text)[0]?.message ?? '');
    return quoted ? { [quoted[1]!]: 'x' } : loadCluster(text).services.find((s) => s.name === 'web')?.annotations;
  };

  it.each([
    // bool keys: "true"/"false"; int keys: strconv.Itoa; float keys: FormatFloat(k, 'g', -1, 32).
    ['y', 'true'],
    ['off', 'false'],
    ['0x1F', '31'],
    ['1.50', '1.5'],
    ['1e6', '1e+06'],
    ['100000', '100000'],
    ['0.1', '0.1'],
    ['3.14159265358979', '3.1415927'],
    ['1e39', '.inf'],
    ['2015-01-01', '2015-01-01'],
  ])('key %s becomes "%s"', (key, json) => {
    expect(annotationsOf(`    ${key}: x\n`)).toEqual({ [json]: 'x' });
  });

  it.each([
    ['~', 'unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"'],
    ['9223372036854775808', 'unsupported map key of type: uint64, key: 0x8000000000000000, value: "x"'],
    // decode.go mapping(): a collection as a key.
    ['[a]', 'yaml: invalid map key: []interface {}{"a"}'],
  ])('key %s is refused', (key, message) => {
    const d = validate(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n    ${key}: x\n`);
    expect(d).toEqual([
      expect.objectContaining({ type: 'YAMLSyntax', message: `error converting YAML to JSON: ${message}`, line: 6 }),
    ]);
  });
});
