// A small description of the OpenAPI schema of the supported kinds: each field's JSON type and the Go type
// the API server decodes it into (the Go names appear in decoding errors, as the server prints them).

export type Schema =
  | { t: 'string' | 'int32' | 'int64' | 'bool' | 'float64' | 'intOrString' | 'quantity' | 'time' }
  /** A field the engine accepts whole without looking inside (a RawExtension, or a subtree the course never uses). */
  | { t: 'any' }
  | { t: 'object'; go: string; fields: Record<string, Schema> }
  | { t: 'list'; of: Schema }
  | { t: 'map'; of: Schema };

export const str: Schema = { t: 'string' };
export const int32: Schema = { t: 'int32' };
export const int64: Schema = { t: 'int64' };
export const bool: Schema = { t: 'bool' };
export const float64: Schema = { t: 'float64' };
export const intOrString: Schema = { t: 'intOrString' };
export const quantity: Schema = { t: 'quantity' };
export const time: Schema = { t: 'time' };
export const any: Schema = { t: 'any' };

/** A Go struct: `go` is its qualified name, e.g. `v1.ServicePort`. */
export function object(go: string, fields: Record<string, Schema>): Schema {
  return { t: 'object', go, fields };
}

export function list(of: Schema): Schema {
  return { t: 'list', of };
}

export function map(of: Schema): Schema {
  return { t: 'map', of };
}

export const strings = list(str);
export const stringMap = map(str);
export const quantities = map(quantity);

/** The Go type as encoding/json names it in an UnmarshalTypeError. */
export function goType(schema: Schema): string {
  switch (schema.t) {
    case 'object':
      return schema.go;
    case 'list':
      return `[]${goType(schema.of)}`;
    case 'map':
      return `map[string]${goType(schema.of)}`;
    case 'intOrString':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'time':
      return 'v1.Time';
    case 'any':
      return 'interface {}';
    default:
      return schema.t;
  }
}
