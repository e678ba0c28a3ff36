import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../model/languages';
import { sop } from './sop';
import { findExplanationIssues } from '../features/step/explanations';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DIR = 'src/content/explanations';

/** Every file under the explanations folder, as the content loader would see it. */
function readExplanations(): { file: string; body: string }[] {
	const files: { file: string; body: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.push({ file: relative(root, full).split(sep).join('/'), body: readFileSync(full, 'utf8') });
		}
	};
	walk(join(root, DIR));
	return files;
}

/** The prose of an MDX explanation without its tags. */
const plain = (body: string) => body.replace(/<[^>]+>/g, '');

describe('the step explanations', () => {
	const files = readExplanations();

	it('explain every step in both languages and nothing else', () => {
		expect(findExplanationIssues(sop, files, DIR)).toEqual([]);
		expect(files).toHaveLength(sop.steps.length * LANGS.length);
	});

	it('are short: two to five sentences', () => {
		for (const { file, body } of files) {
			const sentences = plain(body).match(/[.!?](?=\s|$)/g) ?? [];
			expect(sentences.length, file).toBeGreaterThanOrEqual(2);
			expect(sentences.length, file).toBeLessThanOrEqual(5);
		}
	});

	it('expand each abbreviation where the prose first uses it', () => {
		const shortForms = ['Kasubag', 'Kabag', 'TKKSD', 'Mendagri', 'kemdagri', 'DPRD', 'SKPD', 'MOU', 'BPK', 'LN', 'Pemda', 'Pemkot', 'Bappenas', 'Sekneg'];
		for (const { file, body } of files) {
			for (const form of shortForms) {
				// A form quoted as the SOP spells it („kemdagri“) is not a use of the abbreviation.
				const first = new RegExp(`(?<![\\w„“-])${form}(?![\\w-])`).exec(body);
				if (!first) continue;
				const before = body.slice(0, first.index);
				const insideAbbr = before.lastIndexOf('<Abbr ') > before.lastIndexOf('</Abbr>');
				expect(insideAbbr, `${file}: first "${form}" is not in an <Abbr>`).toBe(true);
			}
		}
	});
});
