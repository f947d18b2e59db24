// What the ingress-nginx admission webhook denies before an Ingress exists at all.
import type { IngressModel } from '../../model';
import type { ClassDecision } from './classes';

// internal/ingress/inspector: with strict-validate-path-type (on by default since controller v1.12, #11819) the
// admission webhook denies an Ingress whose Exact or Prefix path has anything but letters, digits, "/", "_"
// and "-" ("ingress contains invalid paths: path … cannot be used with pathType Prefix").
const STRICT_PATH = /^\/[A-Za-z0-9_\-/]*$/;
/** The ValidatingWebhookConfiguration's webhook name in the chart and install manifests. */
const WEBHOOK = 'validate.nginx.ingress.kubernetes.io';

export interface AdmissionDecision extends ClassDecision {
  /** What kubectl prints when the webhook denies the Ingress (only then). */
  denied?: string;
}

export function admissionOf(ingress: IngressModel): AdmissionDecision {
  for (const rule of ingress.rules) {
    for (const path of rule.paths) {
      if (path.path && path.pathType !== 'ImplementationSpecific' && !STRICT_PATH.test(path.path)) {
        // admission/errors ToStatusErr: a denial without a code is 400, prefixed with the webhook's name.
        const denied = `Error from server (BadRequest): admission webhook "${WEBHOOK}" denied the request: ingress contains invalid paths: path ${path.path} cannot be used with pathType ${path.pathType}`;
        return {
          served: false,
          reason: `ingress-nginx의 admission webhook이 거부해 이 Ingress는 만들어지지 않았습니다: path ${path.path}는 pathType ${path.pathType}에 쓸 수 없으니, 정규식 path라면 pathType을 ImplementationSpecific으로 쓰세요(strict-validate-path-type, v1.12부터 기본값 true)`,
          denied,
        };
      }
    }
  }
  return { served: true, reason: '' };
}
