// ObjectMeta, labels, annotations and label selectors: pkg/apis/core/validation ValidateObjectMeta and
// apimachinery's pkg/apis/meta/v1/validation (ValidateLabels, ValidateLabelSelector).
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
    out.push(
      errors.required(
        namePath,
        'name or generateName is required',
        'metadata.name이 없습니다: 객체마다 이름이 있어야 하니 metadata 아래에 name을 적으세요.',
      ),
    );
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
  if (msg.includes('lower case'))
    return '이름에는 영문 소문자, 숫자, 하이픈(-)만 쓰고 영문자나 숫자로 시작하고 끝나야 합니다.';
  if (msg.includes('dots')) return '이 이름에는 점(.)을 쓸 수 없으니 하이픈(-)으로 바꾸세요.';
  return '이름이 너무 깁니다: 메시지의 길이 제한 안으로 줄이세요.';
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
      out.push(
        errors.invalid(
          at,
          value,
          msg,
          '레이블 값은 63자 이하의 영문자, 숫자, -, _, . 로만 쓰고 영문자나 숫자로 시작하고 끝나야 합니다(빈 값은 허용).',
        ),
      );
    }
  }
  return out;
}

export function validateLabelName(key: string, path: FieldPath): FieldError[] {
  return isQualifiedName(key).map((msg) =>
    errors.invalid(
      path,
      key,
      msg,
      '레이블 키는 "접두사/이름" 형식이며 이름은 63자 이하의 영문자, 숫자, -, _, . 로 쓰고 영문자나 숫자로 시작하고 끝나야 합니다.',
    ),
  );
}

/** ValidateAnnotations: keys are qualified names (checked in lower case), total size at most 256 KiB. */
function validateAnnotations(annotations: Record<string, string> | undefined, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (!annotations) return out;
  let total = 0;
  for (const key of Object.keys(annotations)) {
    for (const msg of isQualifiedName(key.toLowerCase())) {
      out.push(
        errors.invalid(path.at(key), key, msg, '애너테이션 키는 "접두사/이름" 형식의 qualified name이어야 합니다.'),
      );
    }
    total += key.length + String(annotations[key]).length;
  }
  if (total > 256 * 1024) {
    out.push(errors.tooLong(path, 256 * 1024, '애너테이션 전체 크기는 256KiB를 넘을 수 없으니 긴 값을 줄이세요.'));
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
            'In/NotIn 연산자에는 비교할 values 목록을 하나 이상 적어야 합니다.',
          ),
        );
      }
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) {
        out.push(
          errors.forbidden(
            exprPath.child('values'),
            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            'Exists/DoesNotExist 연산자는 키만 보므로 values를 지우세요.',
          ),
        );
      }
    } else if (!selectorOperators.has(operator)) {
      out.push(
        errors.invalid(
          exprPath.child('operator'),
          operator,
          'not a valid selector operator',
          'operator에는 In, NotIn, Exists, DoesNotExist 중 하나를 쓰세요(대소문자 구분).',
        ),
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
