import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { LANGS, type Lang } from '../../model/languages';
import { getDocument, getOffice, getStep, orderedSteps } from '../../model/query';
import { CONTACT_ANCHOR } from '../../site/contact';
import { translate } from './strings';
import { BUILDS, readPage } from '../../../test/support/built-site';

const steps = orderedSteps(sop);
/** The build with a contact in its settings (the sub-path build uses the test settings) and the one without. */
const [withoutContact, withContact] = BUILDS as [(typeof BUILDS)[0], (typeof BUILDS)[0]];

describe.each(BUILDS)('the step pages built at $base', (site) => {
	const url = (lang: Lang, path: string) => `${site.base}${lang === 'en' ? 'en/' : ''}${path}`;
	const main = (lang: Lang, stepId: string) => parse(readPage(site, url(lang, `langkah/${stepId}/`))).querySelector('main')!;
	const stepHref = (lang: Lang, stepId: string) => url(lang, `langkah/${stepId}/`);

	describe.each(LANGS)('in %s', (lang) => {
		it('put the "next step" card right under the offices and documents, before the step-by-step navigation', () => {
			for (const step of steps) {
				const root = main(lang, step.id);
				const card = root.querySelector('section.sk-next')!;
				expect(card, step.id).not.toBeNull();
				expect(card.querySelector('h2')!.text.trim()).toBe(translate(lang, 'nextStep.heading'));
				// Between the facts and the card there is at most the note that the step repeats.
				const between = siblingsBetween(root.querySelector('dl.sk-facts')!, card);
				expect(between.map((el) => el.classNames), step.id).toEqual(step.recurring ? ['sk-note'] : []);
				expect(card.nextElementSibling?.classList.contains('sk-stepnav'), step.id).toBe(true);
				// It speaks of another step: search finds that step on its own page.
				expect(card.hasAttribute('data-pagefind-ignore')).toBe(true);
			}
		});

		it('say the SOP names no document where a step needs or makes none, and list the documents where it does', () => {
			const empty = steps.filter((step) => step.produces.length === 0);
			expect(empty.length).toBeGreaterThan(0);
			for (const step of steps) {
				const facts = main(lang, step.id).querySelector('dl.sk-facts')!;
				const output = facts.querySelectorAll('dd').at(-1)!;
				if (step.produces.length === 0) expect(output.text.trim(), step.id).toBe(translate(lang, 'field.none'));
				else for (const id of step.produces) expect(output.text, `${step.id}: ${id}`).toContain(getDocument(sop, id).name[lang]);
			}
		});

		it('have no two headings of the same name', () => {
			for (const step of steps) {
				const headings = main(lang, step.id).querySelectorAll('h1, h2, h3, h4').map((h) => h.text.trim());
				expect(headings.filter((text, i) => headings.indexOf(text) !== i), step.id).toEqual([]);
			}
		});

		it('name the next step with a link, who carries it out and what to bring', () => {
			for (const step of steps.slice(0, -1)) {
				const next = steps[step.number]!;
				const target = main(lang, step.id).querySelector('section.sk-next .sk-next-target')!;
				expect(target.querySelector('.sk-next-title a')!.getAttribute('href')).toBe(stepHref(lang, next.id));
				expect(target.querySelector('.sk-next-title')!.text).toContain(next.title[lang]);
				expect(target.querySelector(`a[href="${url(lang, `peran/${next.responsible}/`)}"]`), step.id).not.toBeNull();
				for (const id of next.requires) expect(target.text, `${step.id}: ${id}`).toContain(getDocument(sop, id).name[lang]);
				expect(Boolean(target.querySelector('.sk-implied-mark')), step.id).toBe(next.responsibleImplicit);
			}
		});

		it('give the branches of a decision: after step 12 its own, before steps 15 and 16 theirs, "no" sent to the Sub Bagian', () => {
			const branched = steps.filter((step) => main(lang, step.id).querySelector('section.sk-next .sk-branches'));
			expect(branched.map((step) => step.number)).toEqual([12, 14, 15]);
			for (const [from, of, lead] of [
				[12, 12, translate(lang, 'nextStep.decisionAfter')],
				[14, 15, translate(lang, 'nextStep.decisionBefore', { number: 15 })],
				[15, 16, translate(lang, 'nextStep.decisionBefore', { number: 16 })],
			] as const) {
				const card = main(lang, steps[from - 1]!.id).querySelector('section.sk-next')!;
				const decision = steps[of - 1]!.decision!;
				expect(card.querySelector('.sk-decision-question')!.text).toContain(lead);
				expect(card.querySelector('.sk-decision-question')!.text).toContain(decision.question[lang]);
				const [yes, no] = card.querySelectorAll('.sk-branches dt');
				expect(yes!.text.trim()).toBe(decision.yes[lang]);
				expect(yes!.nextElementSibling!.querySelector('.sk-next-title a')!.getAttribute('href')).toBe(stepHref(lang, steps[from]!.id));
				expect(no!.text.trim()).toBe(translate(lang, 'decision.no'));
				expect(no!.nextElementSibling!.text).toContain(translate(lang, 'contact.unit'));
				expect(card.text).toContain(translate(lang, 'decision.implied'));
			}
		});

		it('give the repeat of steps 20–22 after step 22, and the end after step 23', () => {
			const repeat = main(lang, 'monitoring-evaluasi').querySelector('section.sk-next .sk-next-repeat')!;
			expect(repeat.querySelector('a')!.getAttribute('href')).toBe(stepHref(lang, 'laksanakan-perjanjian'));
			const last = main(lang, steps.at(-1)!.id).querySelector('section.sk-next')!;
			expect(last.text).toContain(translate(lang, 'nextStep.end'));
			expect(last.querySelectorAll('a')).toHaveLength(0);
		});

		it('read a decision that gates the step before the step, with its answers', () => {
			for (const step of steps) {
				const gate = main(lang, step.id).querySelector('section.sk-gate');
				expect(Boolean(gate), step.id).toBe(step.decision?.timing === 'before');
				if (!gate) continue;
				expect(gate.text).toContain(step.decision!.question[lang]);
				expect(gate.querySelector('.sk-branches dd')!.text.trim()).toBe(translate(lang, 'stepPage.gateYes'));
				// Before the explanation: the gate is what the step waits for.
				expect(gate.nextElementSibling!.getAttribute('id')).toBe('penjelasan');
			}
		});

		it('mark as implied exactly what the model implies: the office, the documents, every decision, the repeat', () => {
			for (const step of steps) {
				const facts = main(lang, step.id).querySelector('dl.sk-facts')!;
				const responsible = facts.querySelector('dd')!;
				expect(responsible.text.includes(translate(lang, 'field.responsibleImplicit')), step.id).toBe(step.responsibleImplicit);
				for (const item of facts.querySelectorAll('.sk-doc-list li')) {
					const doc = sop.documents.find((d) => item.querySelector('a')!.text.trim() === d.name[lang])!;
					expect(Boolean(item.querySelector('.sk-implied-mark')), `${step.id}: ${doc.id}`).toBe(doc.implied);
				}
				const recurring = main(lang, step.id).text.includes(translate(lang, 'field.recurring'));
				expect(recurring, step.id).toBe(step.recurring);
			}
			for (const step of steps.filter((s) => s.decision)) {
				const page = main(lang, step.id);
				expect(page.text, step.id).toContain(translate(lang, 'decision.implied'));
			}
		});

		it('mark the same on the summary', () => {
			const summary = parse(readPage(site, url(lang, 'ringkasan/'))).querySelector('main')!;
			for (const step of steps) {
				const article = summary.querySelector(`article#${step.id}`)!;
				expect(article.text.includes(translate(lang, 'field.responsibleImplicit')), step.id).toBe(step.responsibleImplicit);
				const implied = article.querySelectorAll('.sk-doc-list li').filter((li) => li.querySelector('.sk-implied-mark')).length;
				expect(implied, step.id).toBe([...step.requires, ...step.produces].filter((id) => getDocument(sop, id).implied).length);
				const decision = article.querySelector('.sk-summary-decision');
				expect(Boolean(decision), step.id).toBe(Boolean(step.decision));
				if (decision) expect(decision.querySelector('.sk-implied-mark'), step.id).not.toBeNull();
			}
		});

		it('head each route with what travels: never "telaahan staf" where something else does (steps 7, 10 and 13)', () => {
			const routed = steps.filter((step) => step.routing);
			expect(routed.map((step) => step.number)).toEqual([7, 10, 13]);
			for (const step of routed) {
				const heading = main(lang, step.id).querySelector('#alur')!.text;
				for (const id of step.routing!.carries) expect(heading, step.id).toContain(getDocument(sop, id).name[lang]);
				const memo = getDocument(sop, 'telaahan-staf').name[lang];
				if (!step.routing!.carries.includes('telaahan-staf')) expect(heading.toLowerCase(), step.id).not.toContain(memo.toLowerCase());
			}
			expect(main(lang, 'pertimbangan-kemendagri').querySelector('#alur')!.text).toContain(getDocument(sop, 'pertimbangan-kemendagri').name[lang]);
		});

		it('send the reader to the Sub Bagian after every sentence of an explanation that says what the SOP does not say', () => {
			const silent = lang === 'id' ? /SOP tidak menyebut|SOP hanya menyebut/ : /SOP does not say|SOP names only|SOP only/;
			let count = 0;
			for (const step of steps) {
				for (const paragraph of main(lang, step.id).querySelectorAll('.sk-explanation p')) {
					if (!silent.test(paragraph.text)) continue;
					count++;
					expect(paragraph.text, step.id).toContain(translate(lang, 'contact.ask'));
				}
			}
			expect(count).toBeGreaterThanOrEqual(14);
		});
	});
});

describe('the sentences that send readers to the Sub Bagian', () => {
	const unitLinks = (site: (typeof BUILDS)[0], path: string) =>
		parse(readPage(site, path))
			.querySelectorAll(`main a[href="#${CONTACT_ANCHOR}"]`)
			// The caveat of the comparison with later regulations links the unit too; its own test counts it.
			.filter((a) => a.text === translate('id', 'contact.unit') && !a.closest('.sk-reg-caveat'));

	it('link its name to the contact when the settings give one', () => {
		expect(unitLinks(withContact, `${withContact.base}langkah/terima-usulan/`)).toHaveLength(1);
		expect(unitLinks(withContact, `${withContact.base}langkah/persetujuan-dprd/`)).toHaveLength(1);
		expect(unitLinks(withContact, `${withContact.base}langkah/teruskan-ke-bappenas-sekneg/`)).toHaveLength(3);
		expect(unitLinks(withContact, `${withContact.base}tentang/`)).toHaveLength(1);
	});

	it('read as plain text without a contact', () => {
		for (const path of ['langkah/terima-usulan/', 'langkah/persetujuan-dprd/', 'tentang/']) {
			const page = parse(readPage(withoutContact, `${withoutContact.base}${path}`));
			expect(page.querySelectorAll(`a[href="#${CONTACT_ANCHOR}"]`), path).toHaveLength(0);
			expect(page.querySelector('main')!.text, path).toContain(`${translate('id', 'contact.unit')}.`);
		}
	});

	it('name the unit the same way in the step pages of each language', () => {
		for (const lang of LANGS) expect(parse(readPage(withContact, `${withContact.base}${lang === 'en' ? 'en/' : ''}langkah/terima-usulan/`)).querySelector('.sk-explanation')!.text).toContain(translate(lang, 'contact.unit'));
	});
});

/** The element siblings strictly between two elements of the same parent. */
function siblingsBetween(first: HTMLElement, last: HTMLElement): HTMLElement[] {
	const between: HTMLElement[] = [];
	for (let el = first.nextElementSibling; el && el !== last; el = el.nextElementSibling) between.push(el);
	return between;
}

describe('the model behind these checks', () => {
	it('has a step whose office is implied, an implied document and a gated step, so that the checks above can fail', () => {
		expect(steps.some((step) => step.responsibleImplicit)).toBe(true);
		expect(sop.documents.some((doc) => doc.implied)).toBe(true);
		expect(getStep(sop, 'teruskan-ke-bappenas-sekneg').decision?.timing).toBe('before');
		expect(getOffice(sop, 'walikota')).toBeDefined();
	});
});
