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
	/** The wizard's question of the phase, then of the step within a phase. */
	positionPhases: () => '/posisi/langkah/',
	positionPhase: (phaseId: string) => `/posisi/tahap/${phaseId}/`,
	/** Where a proposal stands once a step is finished (or the question of the decision that follows it). */
	positionAfter: (stepId: string) => `/posisi/${stepId}/`,
	positionDecision: (stepId: string, answer: string) => `/posisi/${stepId}/${answer}/`,
	positionDocuments: () => '/posisi/dokumen/',
	positionNotSubmitted: () => '/posisi/belum-diajukan/',
	positionProposer: (officeId: string) => `/posisi/belum-diajukan/${officeId}/`,
	phase: (phaseId: string) => `/tahap/${phaseId}/`,
	glossary: () => '/istilah/',
	glossaryEntry: (entryId: string) => `/istilah/#${entryId}`,
	about: () => '/tentang/',
	sopTable: () => '/tabel-sop/',
	changes: () => '/perubahan/',
	/** The whole flow with each step marked by its status against PP 28/2018. */
	changesFlow: () => '/perubahan/alur/',
	flow: () => '/alur/',
	flowWide: () => '/alur/lengkap/',
	flowSource: () => '/alur.mmd',
	data: () => '/data/',
	/** A file of the open data (`sop.json`), beside the data page. */
	dataFile: (file: string) => `/data/${file}`,
} as const;
