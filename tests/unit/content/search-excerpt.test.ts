// Excerpts in the search dialog lose a page's hidden search terms (frontmatter searchTerms); the expected
// excerpts are written by hand from Pagefind's excerpt format (space-separated words, hits in <mark>).
import { describe, expect, it } from 'vitest';
import { hideSearchTerms, withoutSearchTerms } from '../../../src/integrations/search-excerpt';

const terms = ['서비스', 'NodePort', '노드포트', '노드', '포트', '타겟포트'];

describe('withoutSearchTerms', () => {
  it.each([
    [
      'the whole list after the title',
      'Services. 서비스 NodePort <mark>노드포트</mark> 노드 포트 타겟포트 1. Service.',
      'Services. 1. Service.',
    ],
    [
      'a stretch cut by the excerpt window',
      '<mark>노드포트</mark> 노드 포트 타겟포트 application 안팎의',
      'application 안팎의',
    ],
    [
      'a lone word of the list in prose stays',
      'NodePort Service도 ClusterIP를 하나 받고',
      'NodePort Service도 ClusterIP를 하나 받고',
    ],
    ['no terms at all', '4. Service Type - NodePort. 3개의 port', '4. Service Type - NodePort. 3개의 port'],
  ])('%s', (_name, excerpt, expected) => {
    expect(withoutSearchTerms(excerpt, terms)).toBe(expected);
  });
});

describe('hideSearchTerms', () => {
  it('drops the page-top sub-result that matched only through the hidden terms', () => {
    const result = {
      meta: { search_terms: terms.join(' ') },
      excerpt: 'Services. 서비스 NodePort <mark>노드포트</mark> 노드',
      sub_results: [
        { excerpt: 'Services. 서비스 NodePort <mark>노드포트</mark> 노드 포트 타겟포트' },
        { excerpt: '것이 NodePort(<mark>노드포트</mark>) Service.', anchor: { id: 'x' } },
      ],
    };
    hideSearchTerms(result);
    expect(result.excerpt).toBe('Services.');
    expect(result.sub_results).toEqual([
      { excerpt: '것이 NodePort(<mark>노드포트</mark>) Service.', anchor: { id: 'x' } },
    ]);
  });

  it('keeps the page top when it is the only place that matched', () => {
    const result = { meta: { search_terms: terms.join(' ') }, sub_results: [{ excerpt: 'Services. 서비스 NodePort' }] };
    hideSearchTerms(result);
    expect(result.sub_results).toEqual([{ excerpt: 'Services.' }]);
  });
});
