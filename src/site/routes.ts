/** Root-relative paths of the site's pages, in one place so links and routes agree. */
export const routes = {
	home: () => '/',
	summary: () => '/ringkasan/',
	step: (stepId: string) => `/langkah/${stepId}/`,
	roles: () => '/peran/',
	office: (officeId: string) => `/peran/${officeId}/`,
	documents: () => '/dokumen/',
	document: (documentId: string) => `/dokumen/#${documentId}`,
	partnerDocuments: () => '/dokumen/#dari-luar',
	position: () => '/posisi/',
	positionAfter: (stepId: string) => `/posisi/${stepId}/`,
	phase: (phaseId: string) => `/tahap/${phaseId}/`,
	glossary: () => '/istilah/',
	glossaryEntry: (entryId: string) => `/istilah/#${entryId}`,
	about: () => '/tentang/',
	sopTable: () => '/tabel-sop/',
	flow: () => '/alur/',
	flowSource: () => '/alur.mmd',
	data: () => '/data/',
	/** A file of the open data (`sop.json`), beside the data page. */
	dataFile: (file: string) => `/data/${file}`,
} as const;
