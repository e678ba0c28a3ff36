import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// The plain-language explanation of each step, one file per step and language: `explanations/<id|en>/<step-id>.mdx`.
	// Every file is loaded (any extension) so that a misplaced one fails the build instead of being ignored.
	explanations: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/explanations' }), schema: z.strictObject({}) }),
};
