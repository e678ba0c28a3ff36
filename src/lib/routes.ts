/** Root-relative paths of the site's pages, in one place so links and routes agree. */
export const routes = {
	home: () => '/',
	summary: () => '/ringkasan/',
	step: (stepId: string) => `/langkah/${stepId}/`,
	flow: () => '/alur/',
	flowSource: () => '/alur.mmd',
} as const;
