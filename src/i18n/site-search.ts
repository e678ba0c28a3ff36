import { defineStrings } from './define';

/** Strings of the search dialog while Pagefind's interface loads on first opening. */
export const siteSearchStrings = defineStrings({
	id: {
		'siteSearch.loading': 'Memuat pencarian…',
		'siteSearch.failed': 'Pencarian tidak dapat dimuat. Periksa sambungan internet Anda, tutup dialog ini, lalu coba lagi.',
	},
	en: {
		'siteSearch.loading': 'Loading search…',
		'siteSearch.failed': 'Search could not be loaded. Check your internet connection, close this dialog and try again.',
	},
});
