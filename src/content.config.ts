import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	// Starlight requires this collection, but every page of the guide is generated from the SOP model (src/pages/), so it
	// holds nothing: Astro's one build warning that the "docs" collection is empty is expected (see the README).
	docs: defineCollection({ loader: () => [], schema: docsSchema() }),
	// Starlight's own interface strings, where its Indonesian needs a better word (src/content/i18n/id.json).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// The plain-language explanation of each step, one file per step and language: `explanations/<lang>/<step-id>.mdx`.
	// Every file is loaded (any extension) so that a misplaced one fails the build instead of being ignored.
	explanations: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/explanations' }), schema: z.strictObject({}) }),
};
