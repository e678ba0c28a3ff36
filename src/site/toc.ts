/** A table of contents as Starlight builds it: the "overview" entry first, then the page's sections. */
export interface TableOfContents {
	items: readonly unknown[];
}

/** Whether a table of contents lists nothing but its "overview" entry, i.e. the page has no sections to jump to. */
export function isOverviewOnly(toc: TableOfContents | undefined): boolean {
	return toc !== undefined && toc.items.length <= 1;
}
