import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath, listPages, readPage, type BuiltSite } from './built-site';

/** The attributes that link to a page or a file. */
export const LINK_ATTRIBUTES = [
	['a', 'href'],
	['link', 'href'],
	['script', 'src'],
	['img', 'src'],
	['source', 'src'],
	['use', 'href'],
	['use', 'xlink:href'],
	['form', 'action'],
] as const;

/** Fragments browsers handle without a matching id. */
export const BUILT_IN_FRAGMENTS = new Set(['', '_top']);

/** Every internal link, asset and #fragment of every page of a build that does not resolve, as "page: link — reason". */
export function findBrokenLinks(site: BuiltSite): string[] {
	const problems: string[] = [];
	const idsByPage = new Map<string, Set<string>>();
	const idsOf = (file: string, html: () => string) => {
		if (!idsByPage.has(file)) idsByPage.set(file, new Set(parse(html()).querySelectorAll('[id]').map((el) => el.id)));
		return idsByPage.get(file)!;
	};
	for (const page of listPages(site)) {
		const html = readPage(site, page);
		const root = parse(html);
		for (const [tag, attribute] of LINK_ATTRIBUTES) {
			for (const element of root.querySelectorAll(tag)) {
				const value = element.getAttribute(attribute);
				if (value === undefined) continue;
				const problem = checkLink(site, page, value, element, html, idsOf);
				if (problem) problems.push(`${page}: ${tag}[${attribute}="${value}"] — ${problem}`);
			}
		}
	}
	return problems;
}

function checkLink(
	site: BuiltSite,
	page: string,
	value: string,
	element: HTMLElement,
	pageHtml: string,
	idsOf: (file: string, html: () => string) => Set<string>,
): string | undefined {
	if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(value)) return undefined;
	if (value.startsWith('//')) return 'protocol-relative URL';
	if (element.tagName === 'LINK' && /preconnect|dns-prefetch/.test(element.getAttribute('rel') ?? '')) return undefined;
	const url = new URL(value, `http://site.invalid${page}`);
	if (url.origin !== 'http://site.invalid') return undefined;
	if (value.startsWith('/') && !value.startsWith(site.base)) return `root-relative link misses the base ${site.base}`;
	const file = fileForPath(site, url.pathname);
	if (!file) return `no page or file at ${url.pathname}`;
	const fragment = decodeURIComponent(url.hash.slice(1));
	if (BUILT_IN_FRAGMENTS.has(fragment) || !file.endsWith('.html')) return undefined;
	const ids = url.pathname === page ? idsOf(file, () => pageHtml) : idsOf(file, () => readPage(site, url.pathname));
	return ids.has(fragment) ? undefined : `no element with id "${fragment}" on ${url.pathname}`;
}
