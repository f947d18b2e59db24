// Korean particles that depend on the last sound of the word before them (표준국어대사전, 국립국어원: 은/는,
// 이/가, 을/를 take the first form after a final consonant; (으)로 takes 로 after a vowel or a final ㄹ).
// A Hangul syllable's final consonant is (code − 0xAC00) mod 28 (The Unicode Standard, §3.12 Conjoining Jamo
// Behavior; T index 0 is none, 8 is ㄹ). Digits and letters are read as spoken: 0 영/십, 1 일, 7 칠, 8 팔,
// 2 이, 4 사, 5 오, 9 구; l 엘, m 엠, n 엔.
import { describe, expect, it } from 'vitest';
import { object, subject, topic, toward } from '../../../src/engine/route/korean';

describe('Korean particles', () => {
  it.each([
    ['서버', '서버는'],
    ['노드', '노드는'],
    ['클러스터', '클러스터는'],
    ['파일', '파일은'],
    ['192.168.1.10', '192.168.1.10은'],
    ['192.168.1.2', '192.168.1.2는'],
    ['node01', 'node01은'],
    ['Service', 'Service는'],
    ['html', 'html은'],
  ])('topic(%s) = %s', (word, expected) => {
    expect(topic(word)).toBe(expected);
  });

  it.each([
    ['pod', 'pod가'],
    ['엔드포인트', '엔드포인트가'],
    ['연결', '연결이'],
    ['규칙', '규칙이'],
    ['30008', '30008이'],
    ['10.96.0.15', '10.96.0.15가'],
  ])('subject(%s) = %s', (word, expected) => {
    expect(subject(word)).toBe(expected);
  });

  it.each([
    ['요청', '요청을'],
    ['트래픽', '트래픽을'],
    ['주소', '주소를'],
    ['8080', '8080을'],
    ['443', '443을'],
    ['team', 'team을'],
  ])('object(%s) = %s', (word, expected) => {
    expect(object(word)).toBe(expected);
  });

  it.each([
    ['서울', '서울로'],
    ['파일', '파일로'],
    ['집', '집으로'],
    ['서버', '서버로'],
    ['30008', '30008로'],
    ['80', '80으로'],
    ['10.244.0.5', '10.244.0.5로'],
    ['10.244.0.6', '10.244.0.6으로'],
    ['10.244.0.7', '10.244.0.7로'],
  ])('toward(%s) = %s', (word, expected) => {
    expect(toward(word)).toBe(expected);
  });

  // Latin words end as their Hangul spelling does (외래어 표기법, 국립국어원, 제3장 제1절 제1항: [p] [t] [k] after a
  // short vowel is a 받침 — 갭, 캣, 북; 제3항 and 제2절: otherwise, and after a voiced stop, 으 is added — 포트,
  // 링크, 로그, 노드). Expected spellings are the 표준국어대사전 / 외래어 표기 용례 ones: 웹 web, 탭 tab, 잡 job,
  // 앱 app, 스택 stack, 셋 set, 파일 file, 네임 name, 라인 line, 스트링 string, 포트 port, 호스트 host,
  // 로그 log, 노드 node, 서비스 service, 박스 box, 엔진엑스 nginx.
  it.each([
    ['web', 'web은'],
    ['pod web', 'pod web은'],
    ['tab', 'tab은'],
    ['job', 'job은'],
    ['app', 'app은'],
    ['stack', 'stack은'],
    ['ReplicaSet', 'ReplicaSet은'],
    ['secret', 'secret은'],
    ['file', 'file은'],
    ['name', 'name은'],
    ['line', 'line은'],
    ['string', 'string은'],
    ['port', 'port는'],
    ['NodePort', 'NodePort는'],
    ['host', 'host는'],
    ['root', 'root는'],
    ['log', 'log는'],
    ['node', 'node는'],
    ['Service', 'Service는'],
    ['busybox', 'busybox는'],
    ['nginx', 'nginx는'],
    ['kube-proxy', 'kube-proxy는'],
  ])('topic(%s) = %s: a Latin word by its Hangul spelling', (word, expected) => {
    expect(topic(word)).toBe(expected);
  });

  // Initialisms are read letter by letter (에이, 비, 시 …; 엘, 알 end in ㄹ, 엠, 엔 in ㄴ/ㅁ): DNS 디엔에스,
  // ClusterIP 클러스터아이피, URL 유알엘, TCP 티시피; the HTTP methods GET 겟 and PUT 풋 and the record
  // type CNAME 씨네임 are read as words.
  it.each([
    ['DNS', 'DNS는', 'DNS로'],
    ['ClusterIP', 'ClusterIP는', 'ClusterIP로'],
    ['URL', 'URL은', 'URL로'],
    ['TCP', 'TCP는', 'TCP로'],
    ['CNAME', 'CNAME은', 'CNAME으로'],
    ['GET', 'GET은', 'GET으로'],
  ])('topic/toward(%s) read by letter names', (word, topicForm, towardForm) => {
    expect(topic(word)).toBe(topicForm);
    expect(toward(word)).toBe(towardForm);
  });

  it('reads the word before closing punctuation', () => {
    expect(topic('(서버)')).toBe('(서버)는');
    expect(toward('"443"')).toBe('"443"으로');
  });
});
