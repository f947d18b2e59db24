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

  it('reads the word before closing punctuation', () => {
    expect(topic('(서버)')).toBe('(서버)는');
    expect(toward('"443"')).toBe('"443"으로');
  });
});
