import { describe, expect, it } from 'vitest';
import { gluedSeparators, pageText } from './page-text';

describe('pageText', () => {
	it('reads the body as search does: no scripts, styles or drawings, spaces only where the markup has them', () => {
		const html = '<html><head><title>T</title></head><body><p class="meta"><strong>Langkah 4 dari 23</strong><span>·</span><a href="/">Tahap 1</a></p><script>x()</script><svg><text>Kota</text></svg><p>Dua\n  baris</p></body></html>';
		expect(pageText(html)).toBe('Langkah 4 dari 23·Tahap 1Dua baris');
	});
});

describe('gluedSeparators', () => {
	it('finds a dot that touches a word on either side, not one set apart', () => {
		const found = gluedSeparators('Langkah 4 dari 23·Tahap 1, and elsewhere: Regulations quoted ·Regulations that');
		expect(found).toHaveLength(2);
		expect(found[0]).toContain('23·Tahap');
		expect(found[1]).toContain('quoted ·Regulations');
		expect(gluedSeparators('Tahap 2 · Terlibat')).toEqual([]);
	});
});
