import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_FONT_FILE, subsetDiagramFont } from './diagram-font';
import { sop } from '../../content/sop';
import { allDiagramRequests } from './diagrams';

const require = createRequire(import.meta.url);

/** The characters the Latin file of the font package covers, from the package's own unicode-range. */
function latinRange(): [number, number][] {
	const css = readFileSync(require.resolve('@fontsource/noto-sans/400.css'), 'utf8');
	const block = css.split('/* noto-sans-latin-400-normal */')[1]!;
	const range = /unicode-range:\s*([^;]+);/.exec(block)![1]!;
	return range.split(',').map((part) => {
		const [from, to] = part.trim().replace(/^U\+/, '').split('-');
		return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
	});
}

describe('the diagram font', () => {
	it('is the Latin file of Noto Sans, regular', () => expect(DIAGRAM_FONT_FILE).toBe('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'));

	it('covers every character the diagrams of the real SOP draw', () => {
		const ranges = latinRange();
		const chars = new Set(allDiagramRequests(sop, '/').flatMap((request) => [...request.source.text]));
		const missing = [...chars].filter((char) => !ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to));
		expect(missing).toEqual([]);
	});

	it('is subset to woff2, named by a hash of its bytes, the same bytes for the same text', async () => {
		const font = await subsetDiagramFont('Langkah 1 → 2');
		expect(new TextDecoder().decode(font.woff2.slice(0, 4))).toBe('wOF2');
		expect(font.fileName).toMatch(/^sk-diagram-[0-9a-f]{10}\.woff2$/);
		expect(font.family).toBe(font.fileName.replace('.woff2', ''));
		const again = await subsetDiagramFont('Langkah 2 → 1');
		expect(again.fileName).toBe(font.fileName);
		expect(Buffer.from(again.woff2).equals(Buffer.from(font.woff2))).toBe(true);
		const original = readFileSync(require.resolve(DIAGRAM_FONT_FILE));
		expect(font.woff2.length).toBeLessThan(original.length);
	});
});
