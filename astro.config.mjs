// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import { rehypeBaseLinks } from './src/integrations/rehype-base-links.ts';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { checkExamples } from './src/integrations/check-examples.ts';
import { checkTerminologyIntegration } from './src/integrations/check-terminology.ts';
import { lazySearch } from './src/integrations/lazy-search.ts';

// Always with a trailing slash, so `${base}file` is a path under it.
const base = `${(process.env.BASE_PATH || '/').replace(/\/*$/, '')}/`;

export default defineConfig({
  // The repo keeps content/, components/ and src/ side by side at the top level.
  srcDir: '.',
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  // Astro hashes the scripts and styles it bundles into a CSP meta tag; cspInlineHashes adds the inline ones.
  // No 'unsafe-inline' scripts. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [lazySearch()],
    build: {
      rollupOptions: {
        // Astro's content layer starts each MDX page's asset-propagation module with the prologue
        // "use astro:head-inject" (astro dist/content/vite-plugin-content-assets.js); nothing reads it at run time,
        // so the bundler dropping it changes nothing. Only that directive is silenced: any other still warns.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Starlight's Expressive Code highlights every code block (its own CSS, covered by the CSP hashes) before
    // Astro's Shiki step would run, so that step has nothing to do: turning it off also ends Astro's warning that
    // Shiki's inline styles clash with the CSP.
    syntaxHighlight: false,
    processor: unified({ rehypePlugins: [rehypeBaseLinks({ base })] }),
  },
  integrations: [
    checkExamples(),
    checkTerminologyIntegration(),
    cspInlineHashes(),
    starlight({
      title: '쿠버네티스 네트워킹 노트',
      description:
        'Service, Ingress, NetworkPolicy를 브라우저에서 직접 고치고 실행해 보는 쿠버네티스 네트워킹 강의 노트',
      defaultLocale: 'root',
      locales: { root: { label: '한국어', lang: 'ko' } },
      favicon: '/favicon.svg',
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#326ce5' } },
        { tag: 'script', attrs: { src: `${base}register-sw.js`, defer: true } },
      ],
      customCss: ['./components/styles/korean.css'],
      components: {
        MobileTableOfContents: './components/overrides/MobileTableOfContents.astro',
        PageTitle: './components/overrides/PageTitle.astro',
        TableOfContents: './components/overrides/TableOfContents.astro',
        ThemeProvider: './components/overrides/ThemeProvider.astro',
        ThemeSelect: './components/overrides/ThemeSelect.astro',
      },
      sidebar: [
        {
          label: '강의 노트',
          // The notes' headings, in their order.
          items: [
            'services',
            'services-clusterip',
            'services-loadbalancer',
            'ingress-networking',
            'article-ingress',
            'faq-rewrite-target',
            'gateway-api',
            'network-policies',
            'developing-network-policies',
          ],
        },
        { label: 'Labs 실습', items: [{ autogenerate: { directory: 'labs' } }] },
        { label: '참고', items: ['glossary'] },
      ],
      // Wrapped lines never scroll sideways: no unlabeled scroll regions, nothing wider than a phone.
      expressiveCode: { defaultProps: { wrap: true } },
      plugins: [starlightLinksValidator()],
      pagination: true,
      lastUpdated: false,
    }),
  ],
});
