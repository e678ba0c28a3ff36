import { defineStrings } from './strings';

/** Strings of the sidebar, the step-by-step navigation and the short notice about later regulations. */
export const navigationStrings = defineStrings({
	id: {
		'nav.language': 'Bahasa Indonesia',
		'nav.start': 'Mulai',
		'nav.home': 'Beranda',
		'nav.phaseOverview': 'Ikhtisar tahap',
		'nav.phase': 'Tahap {number}: {title}',
		'nav.step': '{number}. {title}',
		'stepNav.title': 'Langkah demi langkah',
		'stepNav.intro': 'Seluruh {steps} langkah SOP, dikelompokkan per tahap.',
		'stepNav.current': 'Anda di sini',
		'stepNav.phase': 'Tahap',
		'notice.title': 'SOP tahun 2015',
		'notice.short': 'Sejak SOP ini disusun, peraturan yang lebih baru telah berlaku. Konfirmasikan prosedur yang berlaku sekarang kepada Bagian Kerjasama Kota Bandung.',
		'notice.more': 'Peraturan yang berlaku kini',
	},
	en: {
		'nav.language': 'English',
		'nav.start': 'Start',
		'nav.home': 'Home',
		'nav.phaseOverview': 'Phase overview',
		'nav.phase': 'Phase {number}: {title}',
		'nav.step': '{number}. {title}',
		'stepNav.title': 'Step by step',
		'stepNav.intro': 'All {steps} steps of the SOP, grouped by phase.',
		'stepNav.current': 'You are here',
		'stepNav.phase': 'Phase',
		'notice.title': 'A 2015 SOP',
		'notice.short': 'Later regulations have come into force since this SOP was written. Confirm the procedure that applies today with the Cooperation Division (Bagian Kerjasama) of the City of Bandung.',
		'notice.more': 'The regulations that now apply',
	},
});
