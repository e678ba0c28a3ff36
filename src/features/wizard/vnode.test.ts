import { describe, expect, it } from 'vitest';
import { h, renderHtml, textOf } from './vnode';

describe('element trees', () => {
	it('drops empty children, flattens arrays and skips undefined attributes', () => {
		const tree = h('ul', { class: 'x', id: undefined }, [h('li', {}, 'a'), false, null, undefined, ''], h('li', {}, 'b', 2 > 1 && 'c'));
		expect(tree.attrs).toEqual({ class: 'x' });
		expect(renderHtml(tree)).toBe('<ul class="x"><li>a</li><li>bc</li></ul>');
		expect(textOf(tree)).toBe('abc');
	});

	it('escapes every text and attribute value', () => {
		const tree = h('a', { href: '/?a=1&b="2"', title: "<it's>" }, '<script>alert(1)</script> & more');
		expect(renderHtml(tree)).toBe(
			'<a href="/?a=1&#38;b=&#34;2&#34;" title="&#60;it&#39;s&#62;">&#60;script&#62;alert(1)&#60;/script&#62; &#38; more</a>',
		);
	});
});
