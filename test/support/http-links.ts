import { parse } from 'node-html-parser';
import { header, httpGet } from './http';
import { BUILT_IN_FRAGMENTS, LINK_ATTRIBUTES } from './links';

/** What a URL answered: its status, where it redirects, and for a page its HTML. */
interface Answer {
	status: number;
	location?: string;
	html?: string;
}

/** Runs `work` on each item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
		while (next < items.length) await work(items[next++]!);
	});
	await Promise.all(runners);
}

/**
 * Follows every internal link, asset and `#fragment` of the given pages over HTTP, as a reader's browser would on the
 * web server: each page and each target must answer 200 itself (a redirect, say for a missing trailing slash, counts
 * as a problem), stay under the site's base, and each fragment must name an element of its page. Returns the problems
 * as "page: link — reason", in the order of `pages`.
 */
export async function findBrokenLinksOverHttp(siteUrl: string, pages: readonly string[]): Promise<string[]> {
	const { origin, pathname: base } = new URL(siteUrl);
	const answers = new Map<string, Promise<Answer>>();
	const idsByUrl = new Map<string, Set<string>>();
	const load = (url: string): Promise<Answer> => {
		if (!answers.has(url)) {
			answers.set(
				url,
				httpGet(url).then((response) => ({
					status: response.status,
					location: header(response, 'location'),
					html: /^text\/html\b/.test(header(response, 'content-type') ?? '') ? response.body.toString('utf8') : undefined,
				})),
			);
		}
		return answers.get(url)!;
	};
	const idsOf = (url: string, html: string) => {
		if (!idsByUrl.has(url)) idsByUrl.set(url, new Set(parse(html).querySelectorAll('[id]').map((element) => element.id)));
		return idsByUrl.get(url)!;
	};

	const checkLink = async (page: string, value: string, rel: string | undefined): Promise<string | undefined> => {
		if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(value) && !value.startsWith(origin)) return undefined;
		if (value.startsWith('//')) return 'protocol-relative URL';
		if (rel && /preconnect|dns-prefetch/.test(rel)) return undefined;
		const url = new URL(value, origin + page);
		if (url.origin !== origin) return undefined;
		if (value.startsWith('/') && !value.startsWith(base)) return `root-relative link misses the base ${base}`;
		if (!url.pathname.startsWith(base)) return `leads out of the site, to ${url.pathname}`;
		const target = `${url.origin}${url.pathname}${url.search}`;
		const answer = await load(target);
		if (answer.status >= 300 && answer.status < 400) return `${url.pathname} redirects (${answer.status}) to ${answer.location}`;
		if (answer.status !== 200) return `${url.pathname} answers ${answer.status}`;
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (BUILT_IN_FRAGMENTS.has(fragment) || answer.html === undefined) return undefined;
		return idsOf(target, answer.html).has(fragment) ? undefined : `no element with id "${fragment}" on ${url.pathname}`;
	};

	const problemsByPage = new Map<string, string[]>();
	await eachLimited(pages, 4, async (page) => {
		const problems: string[] = [];
		problemsByPage.set(page, problems);
		const answer = await load(origin + page);
		if (answer.status !== 200 || answer.html === undefined) {
			problems.push(`${page}: answers ${answer.status}${answer.html === undefined ? ', not with HTML' : ''}`);
			return;
		}
		const root = parse(answer.html);
		for (const [tag, attribute] of LINK_ATTRIBUTES) {
			for (const element of root.querySelectorAll(tag)) {
				const value = element.getAttribute(attribute);
				if (value === undefined) continue;
				const problem = await checkLink(page, value, tag === 'link' ? element.getAttribute('rel') : undefined);
				if (problem) problems.push(`${page}: ${tag}[${attribute}="${value}"] — ${problem}`);
			}
		}
	});
	return pages.flatMap((page) => problemsByPage.get(page) ?? []);
}
