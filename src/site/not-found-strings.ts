import { defineStrings } from './strings';

/** Interface strings of the site's 404 page. */
export const notFoundStrings = defineStrings({
	id: {
		'notFound.title': 'Halaman tidak ditemukan',
		'notFound.text': 'Tidak ada halaman di alamat ini. Mungkin tautannya salah ketik, atau nama kantor atau dokumen di alamat itu tidak ada dalam SOP.',
		'notFound.links': 'Halaman yang dapat membantu:',
	},
	en: {
		'notFound.title': 'Page not found',
		'notFound.text': 'There is no page at this address. The link may be mistyped, or the office or document named in it is not in the SOP.',
		'notFound.links': 'Pages that may help:',
	},
});
