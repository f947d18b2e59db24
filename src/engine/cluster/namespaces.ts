// Namespaces: default and kube-system always exist, and so does every namespace an object names.
// Each carries kubernetes.io/metadata.name, which the API server sets on every namespace (since 1.22).
import { message } from '../messages';
import type { NamespaceModel } from '../model';
import { stringEntries } from '../values';
import type { ManifestObject } from './objects';
import type { Recorder } from './recorder';

const NAME_LABEL = 'kubernetes.io/metadata.name';

export function loadNamespaces(objects: ManifestObject[], named: string[], recorder: Recorder): NamespaceModel[] {
  const namespaces = new Map<string, NamespaceModel>();
  for (const object of objects.filter((o) => o.kind === 'Namespace')) {
    namespaces.set(object.name, {
      name: object.name,
      labels: { ...stringEntries(object.metadata.labels), [NAME_LABEL]: object.name },
      implicit: false,
    });
  }
  for (const name of ['default', 'kube-system', ...named]) {
    if (namespaces.has(name)) continue;
    namespaces.set(name, { name, labels: { [NAME_LABEL]: name }, implicit: true });
    if (name !== 'default' && name !== 'kube-system') {
      recorder.assume(`Namespace ${name}`, 'metadata.name', name, message('cluster.namespace', { name }));
    }
  }
  return [...namespaces.values()];
}
