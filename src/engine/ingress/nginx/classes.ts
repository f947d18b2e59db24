// Which Ingresses ingress-nginx (v1.x, default flags) serves, and why the others are ignored.
// store.go GetIngressClass: first spec.ingressClassName, which must name an IngressClass whose
// spec.controller is k8s.io/ingress-nginx (the informer drops other classes); then the legacy
// kubernetes.io/ingress.class annotation, which must equal --ingress-class ("nginx"); otherwise the
// Ingress is ignored, because --watch-ingress-without-class is off by default.
// Before that, the API server's DefaultIngressClass admission plugin has already given a class-less
// Ingress (no field, no annotation) the default IngressClass, the newest one when several are marked.
// A scenario that declares no IngressClass `nginx` gets the one ingress-nginx's install manifests create.
import { message } from '../../messages';
import type { Cluster, IngressClassModel, IngressModel } from '../../model';

export const CONTROLLER = 'k8s.io/ingress-nginx';
const ANNOTATION = 'kubernetes.io/ingress.class';
const ANNOTATION_VALUE = 'nginx';

export interface ClassDecision {
  served: boolean;
  /** Korean: why the controller takes or ignores this Ingress. */
  reason: string;
}

const INSTALLED_CLASS: IngressClassModel = { name: 'nginx', controller: CONTROLLER, isDefault: false };

export function classOf(cluster: Pick<Cluster, 'ingressClasses'>, ingress: IngressModel): ClassDecision {
  const className = ingress.ingressClassName ?? defaultedClass(cluster, ingress);
  if (className !== undefined) {
    const cls = classNamed(cluster, className);
    const defaulted = ingress.ingressClassName === undefined ? message('nginx.class.defaulted') : '';
    if (!cls)
      return {
        served: false,
        reason: message('nginx.class.missing', { className, defaulted }),
      };
    if (cls.controller !== CONTROLLER) {
      return {
        served: false,
        reason: message('nginx.class.otherController', { name: cls.name, controller: cls.controller }),
      };
    }
    const installed = cls === INSTALLED_CLASS ? message('nginx.class.installed') : '';
    return { served: true, reason: `IngressClass ${cls.name}${defaulted}(controller ${CONTROLLER}${installed})` };
  }
  const annotation = ingress.annotations[ANNOTATION];
  if (annotation !== undefined) {
    return annotation === ANNOTATION_VALUE
      ? { served: true, reason: `${ANNOTATION}: ${ANNOTATION_VALUE} annotation` }
      : {
          served: false,
          reason: message('nginx.class.annotation', {
            annotation: ANNOTATION,
            value: annotation,
            expected: ANNOTATION_VALUE,
          }),
        };
  }
  return {
    served: false,
    reason: message('nginx.class.none'),
  };
}

/** The IngressClass of that name: the scenario's, or the `nginx` one ingress-nginx's install creates. */
export function classNamed(cluster: Pick<Cluster, 'ingressClasses'>, name: string): IngressClassModel | undefined {
  return (
    cluster.ingressClasses.find((c) => c.name === name) ?? (name === INSTALLED_CLASS.name ? INSTALLED_CLASS : undefined)
  );
}

function defaultedClass(cluster: Pick<Cluster, 'ingressClasses'>, ingress: IngressModel): string | undefined {
  if (ingress.annotations[ANNOTATION] !== undefined) return undefined;
  return newestDefault(cluster.ingressClasses)?.name;
}

// plugin/pkg/admission/network/defaultingressclass: several defaults → the newest wins; the loader's
// order stands for creation order.
function newestDefault(classes: readonly IngressClassModel[]): IngressClassModel | undefined {
  return classes.filter((c) => c.isDefault).at(-1);
}
