import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { LANGS, type Lang } from '../../model/languages';
import { translate } from './strings';
import { partnerActKey, stepCountLabel } from './roles';
import { translate as translateCatalogue } from '../catalogue/strings';
import { documentActsOf, getDocument, getStep, partnerOffices, stepsForOffice } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const textOf = (element: { text: string }) => element.text.replace(/\s+/g, ' ').trim();
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
/** The documents an element links to in the catalogue, by id. */
const linkedDocuments = (element: HTMLElement | null | undefined) =>
	(element?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href')!.match(/\/dokumen\/#(.+)$|^#(.+)$/)).flatMap((m) => (m ? [m[1] ?? m[2]!] : []));
/** The dd that follows a dt. */
const valueOf = (dt: HTMLElement) => dt.nextElementSibling as HTMLElement;

describe.each(BUILDS)('the role pages built at $base', (site) => {
	const prefix = (lang: Lang) => `${site.base}${lang === 'en' ? 'en/' : ''}`;
	const rolePage = (lang: Lang, officeId: string) => parse(readPage(site, `${prefix(lang)}peran/${officeId}/`));

	it.each(LANGS)('give every office a page with one empty checkbox per step, named by its step (%s)', (lang) => {
		for (const office of sop.offices) {
			const root = rolePage(lang, office.id);
			expect(root.querySelector('h1')!.text.trim()).toBe(office.name[lang]);
			const boxes = root.querySelectorAll('sk-checklist input[type="checkbox"]');
			expect(boxes.map((box) => box.getAttribute('value'))).toEqual(stepsForOffice(sop, office.id).map(({ step }) => step.id));
			expect(boxes.filter((box) => box.hasAttribute('checked'))).toEqual([]);
			const labels = boxes.map((box) => root.querySelector(`label[for="${box.id}"]`)?.text.trim());
			expect(labels, office.id).toEqual(
				stepsForOffice(sop, office.id).map(({ step }) => `${translate(lang, 'step.label', { number: step.number })}: ${step.title[lang]}`),
			);
			expect(root.querySelector('sk-checklist')!.getAttribute('data-sk-office')).toBe(office.id);
			expect(duplicates(root.querySelectorAll('[id]').map((el) => el.id))).toEqual([]);
		}
	});

	it.each(LANGS)('give the Tim TKKSD no task at step 6, whose sentence only names the team’s decision (%s)', (lang) => {
		const steps = rolePage(lang, 'tim-tkksd').querySelectorAll('sk-checklist input[type="checkbox"]').map((box) => box.getAttribute('value'));
		expect(steps).not.toContain(getStep(sop, 'susun-telaahan-staf').id);
		expect(steps).toContain(getStep(sop, 'rapat-tim-tkksd').id);
	});

	it.each(LANGS)('offer a field for the proposal’s name before the list and the button that clears it after, in the page’s language (%s)', (lang) => {
		const checklist = rolePage(lang, 'kasubag-kln').querySelector('sk-checklist')!;
		const field = checklist.querySelector('input[type="text"]')!;
		expect(textOf(checklist.querySelector(`label[for="${field.id}"]`)!)).toBe(translate(lang, 'checklist.proposal'));
		const order = checklist.querySelectorAll('input[type="text"], fieldset, button').map((el) => el.tagName);
		expect(order).toEqual(['INPUT', 'FIELDSET', 'BUTTON']);
		const button = checklist.querySelector('button')!;
		expect(textOf(button)).toBe(translate(lang, 'checklist.reset'));
		expect(button.hasAttribute('hidden')).toBe(true);
		if (lang === 'id') expect(textOf(button)).not.toMatch(/reset/i);
	});

	it.each(LANGS)('say plainly where the ticks are kept (%s)', (lang) => {
		expect(textOf(rolePage(lang, 'walikota').querySelector('main')!)).toContain(translate(lang, 'checklist.storage'));
	});

	describe.each(LANGS)('and the document catalogue agree, office by office (%s)', (lang) => {
		const catalogue = parse(readPage(site, `${prefix(lang)}dokumen/`));
		const entryFacts = (docId: string) => {
			const facts = catalogue.getElementById(docId)!.querySelectorAll('dt');
			const fact = (...keys: Parameters<typeof translateCatalogue>[1][]) => facts.find((dt) => keys.map((key) => translateCatalogue(lang, key)).includes(textOf(dt)));
			const issued = fact('documents.field.issuedBy', 'documents.field.signedBy')!;
			return {
				signed: textOf(issued) === translateCatalogue(lang, 'documents.field.signedBy'),
				issuers: valueOf(issued).querySelectorAll('a').map((a) => a.getAttribute('href')!.split('/').at(-2)!),
				recipients: valueOf(fact('documents.field.addressedTo')!).querySelectorAll('a').map((a) => a.getAttribute('href')!.split('/').at(-2)!),
			};
		};
		const facts = new Map(sop.documents.map((doc) => [doc.id, entryFacts(doc.id)]));

		it.each(sop.offices.map((office) => office.id))('%s: what it issues, signs and receives', (officeId) => {
			const tasks = rolePage(lang, officeId).querySelectorAll('li.sk-task');
			const under = (selector: string) => tasks.flatMap((task) => task.querySelectorAll(selector).flatMap((dt) => linkedDocuments(valueOf(dt))));
			const issuerSection = catalogue.getElementById(`penerbit-${officeId}`);
			const catalogueIssues = issuerSection ? linkedDocuments(valueOf(issuerSection)) : [];
			expect(sorted(under('dt.sk-task-act')), 'issues').toEqual(sorted(catalogueIssues));
			expect(sorted(under('dt.sk-task-act--sign')), 'signs').toEqual(sorted(sop.documents.filter((doc) => facts.get(doc.id)!.signed && facts.get(doc.id)!.issuers.includes(officeId)).map((doc) => doc.id)));
			expect(sorted(under('dt.sk-task-receives')), 'receives').toEqual(sorted(sop.documents.filter((doc) => facts.get(doc.id)!.recipients.includes(officeId)).map((doc) => doc.id)));
			// And both say what the model says.
			expect(sorted(catalogueIssues), 'the model').toEqual(sorted(sop.documents.filter((doc) => doc.issuedBy.includes(officeId)).map((doc) => doc.id)));
		});
	});

	it.each(LANGS)('put a partner’s tasks in its own words, for everything it sends, consents to and signs (%s)', (lang) => {
		for (const partner of partnerOffices(sop)) {
			const tasks = rolePage(lang, partner.id).querySelectorAll('li.sk-task');
			const said = tasks.flatMap((task) => task.querySelectorAll('dt.sk-task-act').map((dt) => [task.querySelector('input')!.getAttribute('value'), textOf(dt), linkedDocuments(valueOf(dt))]));
			expect(said, partner.id).toEqual(documentActsOf(sop, partner.id).map(({ doc, step }) => [step.id, translate(lang, partnerActKey(doc.id)), [doc.id]]));
			// Never "produces nothing" where the partner issues the proposal (step 1) or its consent (step 16).
			expect(textOf(tasks[0]!), partner.id).not.toContain(translate(lang, 'field.none'));
		}
		const foreign = rolePage(lang, 'pihak-luar-negeri').querySelectorAll('dt.sk-task-act').map(textOf);
		expect(foreign).toEqual(
			(['usulan-kerjasama', 'persetujuan-pihak-luar-negeri', 'mou-ditandatangani', 'rancangan-perjanjian', 'perjanjian-kerjasama'] as const).map((id) => translate(lang, `partner.do.${id}`)),
		);
	});

	it.each(LANGS)('mark every implied document, and only those, where they link to the catalogue (%s)', (lang) => {
		let implied = 0;
		for (const office of sop.offices) {
			for (const item of rolePage(lang, office.id).querySelectorAll('li.sk-task dd li')) {
				const [id] = linkedDocuments(item);
				const marked = textOf(item).includes(translate(lang, 'document.implied'));
				expect(marked, `${office.id}: ${id}`).toBe(getDocument(sop, id!).implied);
				if (marked) implied++;
			}
		}
		expect(implied).toBeGreaterThan(0);
	});

	it.each(LANGS)('index every office once, under its level, with its number of steps (%s)', (lang) => {
		const root = parse(readPage(site, `${prefix(lang)}peran/`));
		const links = root.querySelectorAll('main section a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(sop.offices.map((office) => `${prefix(lang)}peran/${office.id}/`)));
		expect(links).toHaveLength(sop.offices.length);
		for (const office of sop.offices) {
			const section = root.querySelector(`main section[aria-labelledby="tingkat-${office.level}"]`)!;
			const item = section.querySelectorAll('li').find((li) => li.querySelector('a')?.getAttribute('href') === `${prefix(lang)}peran/${office.id}/`);
			expect(item?.querySelector('a')!.text.trim(), office.id).toBe(office.name[lang]);
			const count = stepsForOffice(sop, office.id).length;
			expect(textOf(item!), office.id).toContain(`${office.short[lang]} · ${translate(lang, stepCountLabel(count), { count })}`);
		}
	});
});
