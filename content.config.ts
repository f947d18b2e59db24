import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // Words a Korean learner types for this page that its text does not hold as separate words
        // (Korean spellings of English terms, compounds without spaces). See components/overrides/PageTitle.astro.
        searchTerms: z.array(z.string().min(1)).optional(),
      }),
    }),
  }),
  // Korean strings for the search dialog (Pagefind UI), which Starlight's own Korean table leaves in English.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
