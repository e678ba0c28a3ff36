import { defineStrings } from '../../site/strings';

/** Strings of the search dialog, which the search script builds when the page loads. */
export const siteSearchStrings = defineStrings({
	id: {
		'siteSearch.cancel': 'Batal',
		'siteSearch.loading': 'Memuat pencarian…',
		'siteSearch.failed': 'Pencarian tidak dapat dimuat. Periksa sambungan internet Anda, tutup dialog ini, lalu coba lagi.',
		'siteSearch.devOnly': 'Pencarian hanya tersedia di situs yang sudah dibangun.',
	},
	en: {
		'siteSearch.cancel': 'Cancel',
		'siteSearch.loading': 'Loading search…',
		'siteSearch.failed': 'Search could not be loaded. Check your internet connection, close this dialog and try again.',
		'siteSearch.devOnly': 'Search is only available in a built site.',
	},
});


/**
 * Pagefind's interface strings, under Pagefind's own keys (https://pagefind.app/docs/ui/#translations). They are
 * passed to Pagefind when search opens, from the search script, so no page carries them in its HTML.
 */
export const pagefindStrings = defineStrings({
	id: {
		clear_search: 'Hapus',
		load_more: 'Muat hasil lainnya',
		search_label: 'Cari di situs ini',
		filters_label: 'Filter',
		zero_results: 'Tidak ada hasil untuk [SEARCH_TERM]',
		many_results: '[COUNT] hasil untuk [SEARCH_TERM]',
		one_result: '[COUNT] hasil untuk [SEARCH_TERM]',
		alt_search: 'Tidak ada hasil untuk [SEARCH_TERM]. Menampilkan hasil untuk [DIFFERENT_TERM]',
		search_suggestion: 'Tidak ada hasil untuk [SEARCH_TERM]. Coba salah satu pencarian berikut:',
		searching: 'Mencari [SEARCH_TERM]...',
	},
	en: {
		clear_search: 'Clear',
		load_more: 'Load more results',
		search_label: 'Search this site',
		filters_label: 'Filters',
		zero_results: 'No results for [SEARCH_TERM]',
		many_results: '[COUNT] results for [SEARCH_TERM]',
		one_result: '[COUNT] result for [SEARCH_TERM]',
		alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
		search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
		searching: 'Searching for [SEARCH_TERM]...',
	},
});
