// What a document must be before its kind is validated (validate/document.ts, validate/index.ts): a map with apiVersion and kind.
import type { MessageTable } from '../table';

export const manifest = {
  'manifest.notAMap':
    '매니페스트는 apiVersion, kind, metadata 같은 "키: 값"으로 된 맵이어야 합니다: 들여쓰기와 맨 앞의 "- "를 확인하세요.',
  'manifest.kindRequired': 'kind가 없습니다: 맨 위에 kind: Service처럼 객체의 종류를 적으세요.',
  'manifest.empty':
    '보낼 객체가 없습니다: 주석이나 빈 문서(---)만 있으니 apiVersion, kind, metadata가 있는 매니페스트를 적으세요.',
  'manifest.fieldNotString': (p: { field: string; example: string }) =>
    `${p.field}는 문자열이어야 합니다: 예를 들어 ${p.example}처럼 쓰세요.`,
  'manifest.apiVersionRequired': (p: { kind: string; version: string }) =>
    `apiVersion이 없습니다: ${p.kind}라면 apiVersion: ${p.version}을 맨 위에 적으세요.`,
  'manifest.otherVersion': (p: { apiVersion: string; kind: string; removed: boolean; served: string }) =>
    `${p.apiVersion}${p.removed ? '는 더는 제공되지 않으니' : `에는 ${p.kind}가 없으니`} apiVersion을 ${p.served}로 바꾸세요.`,
  'manifest.eitherVersion': (p: { first: string; second: string }) => `${p.first} 또는 ${p.second}`,
  'manifest.removedVersion': (p: { apiVersion: string; replacement: string | undefined }) =>
    `${p.apiVersion}는 더는 제공되지 않으니 ${p.replacement}를 쓰세요.`,
  'manifest.kindCase': (p: { kind: string; spelled: string }) =>
    `kind는 대소문자를 구분합니다: ${p.kind}가 아니라 ${p.spelled}로 쓰세요.`,
  'manifest.unknownKind':
    '이 엔진이 아는 kind가 아니거나 철자가 다릅니다(대소문자 구분): Service, Pod, Deployment, Ingress, NetworkPolicy 등을 확인하세요.',
} satisfies MessageTable;
