// Deployments and ReplicaSets: pkg/apis/apps/validation ValidateDeploymentSpec, ValidateReplicaSetSpec,
// ValidatePodTemplateSpecForReplicaSet.
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validatePodSpec } from '../core/pod';
import { validateLabels, validateLabelSelector } from '../meta';
import { regexError } from '../names';
import { matchesSelector, readSelector } from '../../labels';
import type { FieldPath } from '../path';
import { arr, isSet, num, obj, str, stringMap } from '../../values';
import type { Obj } from '../../values';
import { append } from '../../list';

const isNegative = 'must be greater than or equal to 0';

export function validateDeploymentSpec(spec: Obj, specPath: FieldPath): FieldError[] {
  const out = validateReplicatedSpec(spec, specPath, 'deployment');
  append(out, validateDeploymentStrategy(obj(spec.strategy), specPath.child('strategy')));
  if (num(spec.revisionHistoryLimit) < 0)
    out.push(errors.invalid(specPath.child('revisionHistoryLimit'), num(spec.revisionHistoryLimit), isNegative));
  const deadline = num(spec.progressDeadlineSeconds);
  if (isSet(spec.progressDeadlineSeconds)) {
    if (deadline < 0) out.push(errors.invalid(specPath.child('progressDeadlineSeconds'), deadline, isNegative));
    else if (deadline <= num(spec.minReadySeconds)) {
      out.push(
        errors.invalid(specPath.child('progressDeadlineSeconds'), deadline, 'must be greater than minReadySeconds'),
      );
    }
  }
  return out;
}

export function validateReplicaSetSpec(spec: Obj, specPath: FieldPath): FieldError[] {
  return validateReplicatedSpec(spec, specPath, 'replicaset');
}

function validateReplicatedSpec(spec: Obj, specPath: FieldPath, what: 'deployment' | 'replicaset'): FieldError[] {
  const out: FieldError[] = [];
  const replicas = num(spec.replicas);
  if (replicas < 0)
    out.push(
      errors.invalid(specPath.child('replicas'), replicas, isNegative, message('workloadSpec.replicasNegative')),
    );
  if (num(spec.minReadySeconds) < 0)
    out.push(errors.invalid(specPath.child('minReadySeconds'), num(spec.minReadySeconds), isNegative));

  const selectorPath = specPath.child('selector');
  const template = obj(spec.template);
  const templatePath = specPath.child('template');
  const templateLabels = stringMap(obj(template.metadata).labels);
  const mismatch = (): FieldError =>
    errors.invalid(
      templatePath.children('metadata', 'labels'),
      errors.asJson(templateLabels ?? null),
      '`selector` does not match template `labels`',
      message('workloadSpec.selectorMismatch'),
    );
  if (!isSet(spec.selector)) {
    out.push(
      errors.required(
        selectorPath,
        '',
        message('workloadSpec.selectorRequired', { kind: what === 'deployment' ? 'Deployment' : 'ReplicaSet' }),
      ),
    );
    // LabelSelectorAsSelector(nil) is labels.Nothing(), which is not Empty() and matches no labels.
    out.push(mismatch());
  } else {
    const selector = obj(spec.selector);
    const selectorErrors = validateLabelSelector(selector, selectorPath);
    append(out, selectorErrors);
    const empty = Object.keys(obj(selector.matchLabels)).length + arr(selector.matchExpressions).length === 0;
    if (empty) {
      // ValidateReplicaSetSpec reuses this text, "deployment" and all.
      out.push(
        errors.invalid(
          selectorPath,
          selectorLiteral(selector),
          'empty selector is invalid for deployment',
          message('workloadSpec.selectorEmpty'),
        ),
      );
    }
    // ValidateDeploymentSpec / ValidateReplicaSetSpec: a selector that LabelSelectorAsSelector cannot parse is
    // "invalid label selector", and only a parsed one is held against the template's labels
    // (ValidatePodTemplateSpecForReplicaSet; an empty selector matches everything).
    if (selectorErrors.length > 0) {
      out.push(
        errors.invalid(
          selectorPath,
          selectorLiteral(selector),
          'invalid label selector',
          message('workloadSpec.selectorUnreadable'),
        ),
      );
    } else if (!empty && !matchesSelector(templateLabels ?? {}, readSelector(selector))) {
      out.push(mismatch());
    }
  }
  // ValidatePodTemplateSpec reports template labels under spec.template.labels (not .metadata.labels).
  append(
    out,
    validateLabels(
      templateLabels,
      templatePath.children('metadata', 'labels').printedAs(`${templatePath.toString()}.labels`),
    ),
  );
  const podSpec = obj(template.spec);
  append(out, validatePodSpec(podSpec, templatePath.child('spec')));
  const restartPolicy = str(podSpec.restartPolicy);
  if (restartPolicy !== 'Always') {
    out.push(
      errors.notSupported(
        templatePath.children('spec', 'restartPolicy'),
        restartPolicy,
        ['Always'],
        message('workloadSpec.restartPolicy'),
      ),
    );
  }
  return out;
}

/** ValidateDeploymentStrategy, on the defaulted strategy (an empty type is RollingUpdate by then). */
function validateDeploymentStrategy(strategy: Obj, path: FieldPath): FieldError[] {
  const type = str(strategy.type);
  if (type === 'Recreate') {
    if (!isSet(strategy.rollingUpdate)) return [];
    return [
      errors.forbidden(
        path.child('rollingUpdate'),
        "may not be specified when strategy `type` is 'Recreate'",
        message('workloadSpec.recreateRollingUpdate'),
      ),
    ];
  }
  if (type === 'RollingUpdate') return validateRollingUpdate(obj(strategy.rollingUpdate), path.child('rollingUpdate'));
  // field.NotSupported(fldPath, strategy, …): the whole internal apps.DeploymentStrategy (no json tags, so Go
  // field names) at spec.strategy; its IntOrStrings marshal as their int or string, a nil one as 0.
  const rolling = isSet(strategy.rollingUpdate)
    ? {
        MaxUnavailable: obj(strategy.rollingUpdate).maxUnavailable ?? 0,
        MaxSurge: obj(strategy.rollingUpdate).maxSurge ?? 0,
      }
    : null;
  return [
    errors.notSupported(
      path,
      errors.asJson({ Type: type, RollingUpdate: rolling }, false),
      ['Recreate', 'RollingUpdate'],
      message('workloadSpec.strategyType', { type }),
    ),
  ];
}

/** ValidateRollingUpdateDeployment: each value an int ≥ 0 or a percent, not both 0, maxUnavailable ≤ 100%. */
function validateRollingUpdate(rolling: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const maxUnavailable = rolling.maxUnavailable ?? 0;
  const maxSurge = rolling.maxSurge ?? 0;
  append(out, positiveIntOrPercent(maxUnavailable, path.child('maxUnavailable')));
  append(out, positiveIntOrPercent(maxSurge, path.child('maxSurge')));
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    out.push(
      errors.invalid(
        path.child('maxUnavailable'),
        intOrString(maxUnavailable),
        'may not be 0 when `maxSurge` is 0',
        message('workloadSpec.bothZero'),
      ),
    );
  }
  const percent = percentValue(maxUnavailable);
  if (percent !== undefined && percent > 100)
    out.push(
      errors.invalid(path.child('maxUnavailable'), intOrString(maxUnavailable), 'must not be greater than 100%'),
    );
  return out;
}

const percentFmt = '[0-9]+%';
const percentPattern = /^[0-9]+%$/;

/** ValidatePositiveIntOrPercent: a string must be a percent (IsValidPercent), an int must not be negative. */
function positiveIntOrPercent(value: unknown, path: FieldPath): FieldError[] {
  if (typeof value === 'string') {
    if (percentPattern.test(value)) return [];
    return [
      errors.invalid(
        path,
        intOrString(value),
        regexError(
          "a valid percent string must be a numeric string followed by an ending '%'",
          percentFmt,
          '1%',
          '93%',
        ),
        message('workloadSpec.intOrPercent', { path: path.toString() }),
      ),
    ];
  }
  return num(value) < 0 ? [errors.invalid(path, num(value), isNegative)] : [];
}

function percentValue(value: unknown): number | undefined {
  return typeof value === 'string' && percentPattern.test(value) ? Number.parseInt(value, 10) : undefined;
}

/** getIntOrPercentValue: a percent's number, else IntValue() (strconv.Atoi of a string, 0 when it fails). */
function intOrPercentValue(value: unknown): number {
  const percent = percentValue(value);
  if (percent !== undefined) return percent;
  if (typeof value !== 'string') return num(value);
  return /^[+-]?[0-9]+$/.test(value) ? Number.parseInt(value, 10) : 0;
}

/** An intstr.IntOrString as the error prints it: JSON, its int or its string. */
function intOrString(value: unknown): errors.BadValue {
  return typeof value === 'string' ? errors.asJson(value) : num(value);
}

/** metav1.LabelSelector marshals with omitempty fields: an empty selector is `{}`. */
function selectorLiteral(selector: Obj): errors.Rendered {
  const out: Obj = {};
  if (Object.keys(obj(selector.matchLabels)).length > 0) out.matchLabels = selector.matchLabels;
  if (arr(selector.matchExpressions).length > 0) out.matchExpressions = selector.matchExpressions;
  return errors.asJson(out);
}
