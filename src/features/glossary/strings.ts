import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the glossary page. */
export const glossaryStrings = defineStrings({
	id: {
		'glossary.description': 'Singkatan dan istilah SOP Kerjasama Teknik Kota Bandung (2015): nama lengkap dan artinya.',
		'glossary.intro': 'Singkatan dan istilah yang dipakai SOP Kerjasama Teknik (2015), dengan nama lengkap dan artinya.',
		'glossary.offices': 'Pelaksana dan instansi',
		'glossary.terms': 'Istilah dan singkatan lain',
		'glossary.aliases': 'Dalam SOP juga ditulis',
		'glossary.seeRole': 'Peran dan daftar periksa {name}',
		'glossary.seeDocument': 'Dokumen terkait di katalog dokumen',
	},
	en: {
		'glossary.description': 'The abbreviations and terms of the 2015 Technical Cooperation SOP of the City of Bandung: full names and meanings.',
		'glossary.intro': 'The abbreviations and terms the 2015 Technical Cooperation SOP uses, with their full names and meanings. Short forms are given in Indonesian, as the SOP writes them.',
		'glossary.offices': 'Offices and bodies',
		'glossary.terms': 'Other terms and abbreviations',
		'glossary.aliases': 'The SOP also writes',
		'glossary.seeRole': 'Role and checklist of {name}',
		'glossary.seeDocument': 'The related document in the document catalogue',
	},
});

/** A string of the glossary feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, glossaryStrings);
