// Deployments and ReplicaSets: pkg/apis/apps/validation ValidateDeploymentSpec, ValidateReplicaSetSpec,
// ValidatePodTemplateSpecForReplicaSet.
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validatePodSpec } from '../core/pod';
import { validateLabels, validateLabelSelector } from '../meta';
import { matchesSelector, readSelector } from '../../labels';
import type { FieldPath } from '../path';
import { arr, isSet, num, obj, str, stringMap } from '../../values';
import type { Obj } from '../../values';
import { append } from '../../list';

const isNegative = 'must be greater than or equal to 0';

export function validateDeploymentSpec(spec: Obj, specPath: FieldPath): FieldError[] {
  const out = validateReplicatedSpec(spec, specPath, 'deployment');
  const strategy = obj(spec.strategy);
  const strategyPath = specPath.child('strategy');
  const type = str(strategy.type);
  if (type === 'Recreate') {
    if (isSet(strategy.rollingUpdate)) {
      out.push(
        errors.forbidden(
          strategyPath.child('rollingUpdate'),
          "may not be specified when strategy `type` is 'Recreate'",
          'Recreate 전략에는 rollingUpdate 설정이 쓰이지 않으니 지우세요.',
        ),
      );
    }
  } else if (type === 'RollingUpdate') {
    const rolling = obj(strategy.rollingUpdate);
    const isZero = (v: unknown) => v === 0 || v === '0%' || v === '0';
    if (isZero(rolling.maxUnavailable) && isZero(rolling.maxSurge)) {
      out.push(
        errors.invalid(
          strategyPath.children('rollingUpdate', 'maxUnavailable'),
          intOrStringValue(rolling.maxUnavailable),
          'may not be 0 when `maxSurge` is 0',
          'maxUnavailable과 maxSurge가 둘 다 0이면 롤링 업데이트가 진행될 수 없으니 하나는 0보다 크게 하세요.',
        ),
      );
    }
  } else {
    out.push(errors.notSupported(strategyPath.child('type'), type, ['Recreate', 'RollingUpdate']));
  }
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
    out.push(errors.invalid(specPath.child('replicas'), replicas, isNegative, 'replicas는 0 이상이어야 합니다.'));
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
      'selector가 template의 labels와 맞지 않습니다: selector.matchLabels의 키와 값이 template.metadata.labels에도 똑같이 있어야 합니다.',
    );
  if (!isSet(spec.selector)) {
    out.push(
      errors.required(
        selectorPath,
        '',
        `apps/v1 ${what === 'deployment' ? 'Deployment' : 'ReplicaSet'}에는 selector가 꼭 있어야 합니다: template의 labels와 같은 matchLabels를 적으세요.`,
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
          'selector가 비어 있으면 모든 pod를 고르게 되므로 허용되지 않습니다: matchLabels를 적으세요.',
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
          'selector를 읽을 수 없어 template의 labels와 비교하지 못합니다: 위의 selector 오류부터 고치세요.',
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
        'Deployment와 ReplicaSet의 pod는 항상 다시 시작되어야 하니 restartPolicy는 Always만 쓸 수 있습니다.',
      ),
    );
  }
  return out;
}

function intOrStringValue(v: unknown): errors.BadValue {
  // intstr.IntOrString marshals as its int or its string.
  return typeof v === 'number' ? v : errors.asJson(String(v));
}

/** metav1.LabelSelector marshals with omitempty fields: an empty selector is `{}`. */
function selectorLiteral(selector: Obj): errors.Rendered {
  const out: Obj = {};
  if (Object.keys(obj(selector.matchLabels)).length > 0) out.matchLabels = selector.matchLabels;
  if (arr(selector.matchExpressions).length > 0) out.matchExpressions = selector.matchExpressions;
  return errors.asJson(out);
}
