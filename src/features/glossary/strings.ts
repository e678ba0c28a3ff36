import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the glossary page. */
export const glossaryStrings = defineStrings({
	id: {
		'glossary.description': 'Singkatan dan istilah SOP Kerjasama Teknik Kota Bandung (2015): nama lengkap, artinya, dan cara SOP menuliskannya.',
		'glossary.intro':
			'Singkatan dan istilah yang dipakai SOP Kerjasama Teknik (2015), dengan nama lengkap dan artinya. Judul tiap entri adalah sebutan yang dipakai panduan ini; di bawahnya tercantum cara SOP sendiri menuliskannya, dikutip persis.',
		'glossary.offices': 'Pelaksana dan instansi',
		'glossary.terms': 'Istilah dan singkatan lain',
		'glossary.sopForms': 'Ditulis dalam SOP:',
		'glossary.siteLabel': 'Judul entri ini adalah sebutan panduan ini; SOP tidak memakainya.',
		'glossary.seeRole': 'Peran dan daftar periksa {name}',
		'glossary.seeDocument': 'Dokumen terkait di katalog dokumen',
	},
	en: {
		'glossary.description': 'The abbreviations and terms of the 2015 Technical Cooperation SOP of the City Government of Bandung: full names, meanings and how the SOP writes them.',
		'glossary.intro':
			'The abbreviations and terms the 2015 Technical Cooperation SOP uses, with their full names and meanings. Each entry is headed by the Indonesian short form this guide uses; below it, the ways the SOP itself writes it, quoted exactly.',
		'glossary.offices': 'Offices and bodies',
		'glossary.terms': 'Other terms and abbreviations',
		'glossary.sopForms': 'The SOP writes:',
		'glossary.siteLabel': 'The heading of this entry is this guide’s label, not the SOP’s.',
		'glossary.seeRole': 'Role and checklist: {name}',
		'glossary.seeDocument': 'The related document in the document catalogue',
	},
});

/** A string of the glossary feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, glossaryStrings);
