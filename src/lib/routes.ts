/** Root-relative paths of the site's pages, in one place so links and routes agree. */
export const routes = {
	home: () => '/',
	summary: () => '/ringkasan/',
	step: (stepId: string) => `/langkah/${stepId}/`,
	phase: (phaseId: string) => `/tahap/${phaseId}/`,
	glossary: () => '/istilah/',
	glossaryEntry: (entryId: string) => `/istilah/#${entryId}`,
	about: () => '/tentang/',
	sopTable: () => '/tabel-sop/',
} as const;
