import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/model/languages';
import type { Strings } from '../../src/site/strings';

/** Every set of strings the site has: the site's own and each feature's (`strings.ts`), found by name. */
const modules = import.meta.glob<Record<string, unknown>>(['../../src/site/site-strings.ts', '../../src/features/*/strings.ts'], { eager: true });
const sets = Object.entries(modules).flatMap(([file, module]) =>
	Object.entries(module)
		.filter(([name, set]) => name.endsWith('Strings') && typeof set === 'object')
		.map(([name, set]) => ({ name: `${file.replace('../../', '')} ${name}`, set: set as Strings<string> })),
);

describe('interface strings', () => {
	it('are found in the site and in every feature that has them', () => expect(sets.length).toBeGreaterThan(10));

	for (const { name, set } of sets) {
		it(`${name}: the same keys in every language, none empty`, () => {
			const keys = Object.keys(set[LANGS[0]!]).sort();
			for (const lang of LANGS) {
				expect(Object.keys(set[lang] ?? {}).sort(), `${lang} keys`).toEqual(keys);
				for (const [key, value] of Object.entries(set[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
			}
		});
	}
});
