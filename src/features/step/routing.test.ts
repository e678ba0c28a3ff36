import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { getStep } from '../../model/query';
import { routingTitle } from './routing';

describe('routingTitle', () => {
	it('names what travels along each route of the SOP, never "staff study" where something else travels', () => {
		const title = (id: string, lang: 'id' | 'en') => routingTitle(sop, getStep(sop, id).routing!, lang);
		expect(title('proses-telaahan-staf', 'id')).toBe('Alur: Telaahan staf dan Disposisi Kasubag');
		expect(title('pertimbangan-kemendagri', 'id')).toBe('Alur: Pertimbangan Kemendagri');
		expect(title('sampaikan-ke-mendagri', 'en')).toBe('Route: Cooperation plan (proposal), Draft MOU and City Council approval');
		expect(title('pertimbangan-kemendagri', 'en')).not.toMatch(/staff study/i);
	});
});
