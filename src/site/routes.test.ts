import { describe, expect, it } from 'vitest';
import { routes } from './routes';
import { localePath } from './url';

describe('routes of the role pages and the document catalogue', () => {
	it('give stable paths by model id', () => {
		expect(routes.roles()).toBe('/peran/');
		expect(routes.office('kasubag-kln')).toBe('/peran/kasubag-kln/');
		expect(routes.documents()).toBe('/dokumen/');
	});

	it('address a document as an anchor on the catalogue, in either language', () => {
		expect(routes.document('telaahan-staf')).toBe('/dokumen/#telaahan-staf');
		expect(localePath(routes.document('telaahan-staf'), 'en')).toBe('/en/dokumen/#telaahan-staf');
	});
});
