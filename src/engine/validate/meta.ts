// ObjectMeta, labels, annotations and label selectors: pkg/apis/core/validation ValidateObjectMeta and
// apimachinery's pkg/apis/meta/v1/validation (ValidateLabels, ValidateLabelSelector).
import { message } from '../messages';
import * as errors from './errors';
import type { FieldError } from './errors';
import { isDNS1123Label, isQualifiedName, isValidLabelValue } from './names';
import type { FieldPath } from './path';
import { arr, obj, str, stringMap } from '../values';
import type { Obj } from '../values';
import { append } from '../list';

export type NameValidator = (name: string) => string[];

export function validateObjectMeta(meta: Obj, nameFn: NameValidator, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const name = str(meta.name);
  const namePath = path.child('name');
  if (name === '' && str(meta.generateName) === '') {
    out.push(errors.required(namePath, 'name or generateName is required', message('meta.nameRequired')));
  } else if (name !== '') {
    for (const msg of nameFn(name)) {
      out.push(errors.invalid(namePath, name, msg, nameHint(msg)));
    }
  }
  const generateName = str(meta.generateName);
  if (generateName !== '') {
    // A prefix may end in '-' (the server appends random characters): maskTrailingDash.
    const masked = generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName;
    for (const msg of nameFn(masked)) {
      out.push(errors.invalid(path.child('generateName'), generateName, msg, nameHint(msg)));
    }
  }
  const namespace = str(meta.namespace);
  if (namespace !== '') {
    for (const msg of isDNS1123Label(namespace)) {
      out.push(errors.invalid(path.child('namespace'), namespace, msg, nameHint(msg)));
    }
  }
  append(out, validateLabels(stringMap(meta.labels), path.child('labels')));
  append(out, validateAnnotations(stringMap(meta.annotations), path.child('annotations')));
  return out;
}

function nameHint(msg: string): string {
  if (msg.includes('lower case')) return message('meta.nameFormat');
  if (msg.includes('dots')) return message('meta.nameDots');
  return message('meta.nameTooLong');
}

/** ValidateLabels: key and value errors both report at the map's path, pointing here at the entry. */
export function validateLabels(labels: Record<string, string> | undefined, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (!labels) return out;
  for (const key of Object.keys(labels)) {
    const at = path.at(key);
    append(out, validateLabelName(key, at));
    const value = labels[key];
    if (typeof value !== 'string') continue;
    for (const msg of isValidLabelValue(value)) {
      out.push(errors.invalid(at, value, msg, message('meta.labelValue')));
    }
  }
  return out;
}

export function validateLabelName(key: string, path: FieldPath): FieldError[] {
  return isQualifiedName(key).map((msg) => errors.invalid(path, key, msg, message('meta.labelKey')));
}

/** ValidateAnnotations: keys are qualified names (checked in lower case), total size at most 256 KiB. */
function validateAnnotations(annotations: Record<string, string> | undefined, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (!annotations) return out;
  let total = 0;
  for (const key of Object.keys(annotations)) {
    for (const msg of isQualifiedName(key.toLowerCase())) {
      out.push(errors.invalid(path.at(key), key, msg, message('meta.annotationKey')));
    }
    total += key.length + String(annotations[key]).length;
  }
  if (total > 256 * 1024) {
    out.push(errors.tooLong(path, 256 * 1024, message('meta.annotationsTooLong')));
  }
  return out;
}

const selectorOperators = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** metav1 validation ValidateLabelSelector. */
export function validateLabelSelector(selector: unknown, path: FieldPath): FieldError[] {
  const sel = obj(selector);
  const out = validateLabels(stringMap(sel.matchLabels), path.child('matchLabels'));
  arr(sel.matchExpressions).forEach((raw, i) => {
    const expr = obj(raw);
    const exprPath = path.child('matchExpressions').index(i);
    const operator = str(expr.operator);
    const values = arr(expr.values);
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) {
        out.push(
          errors.required(
            exprPath.child('values'),
            "must be specified when `operator` is 'In' or 'NotIn'",
            message('meta.valuesRequired'),
          ),
        );
      }
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) {
        out.push(
          errors.forbidden(
            exprPath.child('values'),
            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            message('meta.valuesForbidden'),
          ),
        );
      }
    } else if (!selectorOperators.has(operator)) {
      out.push(
        errors.invalid(exprPath.child('operator'), operator, 'not a valid selector operator', message('meta.operator')),
      );
    }
    append(out, validateLabelName(str(expr.key), exprPath.child('key')));
    values.forEach((value, j) => {
      for (const msg of isValidLabelValue(str(value))) {
        out.push(errors.invalid(exprPath.child('values').index(j), str(value), msg));
      }
    });
  });
  return out;
}
