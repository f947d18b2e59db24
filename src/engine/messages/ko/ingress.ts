// routeIngress's own answers (ingress/index.ts) and why an Ingress backend cannot carry traffic
// (ingress/backend.ts), which ingress-nginx answers with 503.
import type { MessageTable } from '../table';

export const ingress = {
  'ingress.noCluster': '클러스터 모델이 없어 Ingress를 볼 수 없습니다.',
  'ingress.noService': (p: { service: string }) => `Service(${p.service})가 없습니다`,
  'ingress.noPort': (p: { service: string; port: number }) =>
    `Service(${p.service})의 ports에 ${p.port}번 port가 없습니다`,
  'ingress.noNamedPort': (p: { service: string; name: string }) =>
    `Service(${p.service})에 이름이 '${p.name}'인 port가 없습니다`,
  'ingress.noBackend': '(backend 없음)',
} satisfies MessageTable;
