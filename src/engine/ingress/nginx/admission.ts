// What the ingress-nginx admission webhook denies before an Ingress exists at all.
import type { IngressModel } from '../../model';
import type { ClassDecision } from './classes';

// internal/ingress/inspector: with strict-validate-path-type (on by default since controller v1.12, #11819) the
// admission webhook denies an Ingress whose Exact or Prefix path has anything but letters, digits, "/", "_"
// and "-" ("ingress contains invalid paths: path … cannot be used with pathType Prefix").
const STRICT_PATH = /^\/[A-Za-z0-9_\-/]*$/;

export function admissionOf(ingress: IngressModel): ClassDecision {
  for (const rule of ingress.rules) {
    for (const path of rule.paths) {
      if (path.path && path.pathType !== 'ImplementationSpecific' && !STRICT_PATH.test(path.path)) {
        return {
          served: false,
          reason: `admission webhook이 거부합니다: path ${path.path}는 pathType ${path.pathType}에 쓸 수 없습니다(정규식은 ImplementationSpecific으로; strict-validate-path-type, v1.12부터 기본값 true)`,
        };
      }
    }
  }
  return { served: true, reason: '' };
}
