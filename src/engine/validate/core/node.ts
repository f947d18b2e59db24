// Nodes: pkg/apis/core/validation ValidateNode (spec.podCIDRs, spec.taints).
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validateLabelName } from '../meta';
import { isValidLabelValue, validCIDRMessage } from '../names';
import { parseCIDRSloppy } from '../../net/address';
import type { FieldPath } from '../path';
import { arr, obj, str } from '../../values';
import type { Obj } from '../../values';
import { append } from '../../list';

// validateTaintEffect lists them in this order, not sorted.
const taintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateNodeSpec(spec: Obj, specPath: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  arr(spec.podCIDRs).forEach((cidr, i) => {
    if (!parseCIDRSloppy(str(cidr)))
      out.push(errors.invalid(specPath.child('podCIDRs').index(i), str(cidr), validCIDRMessage));
  });
  const seen = new Set<string>();
  arr(spec.taints).forEach((raw, i) => {
    const taint = obj(raw);
    const path = specPath.child('taints').index(i);
    append(out, validateLabelName(str(taint.key), path.child('key')));
    append(
      out,
      isValidLabelValue(str(taint.value)).map((m) => errors.invalid(path.child('value'), str(taint.value), m)),
    );
    const effect = str(taint.effect);
    if (effect === '') out.push(errors.required(path.child('effect')));
    else if (!taintEffects.includes(effect)) out.push(errors.notSupported(path.child('effect'), effect, taintEffects));
    const key = `${effect}/${str(taint.key)}`;
    if (seen.has(key)) out.push(errors.invalid(path, str(taint.key), 'taints must be unique by key and effect pair'));
    seen.add(key);
  });
  return out;
}
