import { describe, expect, it } from 'vitest';
import { collapseHtml, minifyCss } from '../../scripts/build-plugins.js';

const whole = { before: false, after: false };

describe('minifyCss (build-time, css`` text)', () => {
  it('drops comments and the whitespace CSS never needs', () => {
    const css = `
      /* a comment */
      :host {
        display: block;
      }
      .a > .b,
      .c {
        margin: 0 auto;
        font-family: var(--f, system-ui, sans-serif);
      }
      @media (prefers-color-scheme: dark) {
        .a { color: red; }
      }
    `;
    expect(minifyCss(css, whole)).toBe(
      ':host{display:block}.a>.b,.c{margin:0 auto;font-family:var(--f,system-ui,sans-serif)}' +
        '@media (prefers-color-scheme:dark){.a{color:red}}',
    );
  });

  it('keeps what changes meaning: a space before a colon, strings, calc operators', () => {
    expect(minifyCss('.a :hover { width: calc(100% - 2px); }', whole)).toBe('.a :hover{width:calc(100% - 2px)}');
    expect(minifyCss(`.a::after { content: 'a  /* b */ ,  c'; }`, whole)).toBe(`.a::after{content:'a  /* b */ ,  c'}`);
    expect(minifyCss(`.a { content: ";}"; }`, whole)).toBe('.a{content:";}"}');
    expect(minifyCss(`/* even a bare '*' */ .a { content: "x  y"; } /* it's */`, whole)).toBe('.a{content:"x  y"}');
  });

  it('keeps one space where the text meets an interpolation', () => {
    expect(minifyCss('  color: ', { before: true, after: true })).toBe(' color:');
    expect(minifyCss(' solid red; }  ', { before: true, after: false })).toBe(' solid red}');
  });
});

describe('collapseHtml (build-time, html`` text)', () => {
  it('collapses indentation to one space between and inside elements', () => {
    const parts = ['\n  <section class="intro">\n    <p>', '</p>\n    <button\n      type="button"\n      @click=', '\n    >\n      Start\n    </button>\n  </section>\n'];
    expect(collapseHtml(parts)).toEqual([' <section class="intro"> <p>', '</p> <button type="button" @click=', '> Start </button> </section> ']);
  });

  it('leaves quoted attribute values, comments, <pre> and <textarea> content as written', () => {
    const parts = ['<p title="a\n   b">x</p>\n  <!-- keep\n   this -->\n<pre>\n  code\n    here\n</pre>\n<textarea\n  readonly>\n  text\n</textarea>\n  <i>', '</i>'];
    expect(collapseHtml(parts)).toEqual([
      '<p title="a\n   b">x</p> <!-- keep\n   this --> <pre>\n  code\n    here\n</pre> <textarea readonly>\n  text\n</textarea> <i>',
      '</i>',
    ]);
  });

  it('reads the parts as one document: a quote opened before an interpolation stays open after it', () => {
    expect(collapseHtml(['<p class="a\n  ', '\n  b">\n  x</p>'])).toEqual(['<p class="a\n  ', '\n  b"> x</p>']);
  });

  it('leaves whitespace without a line break alone', () => {
    expect(collapseHtml(['<b>a</b>  <i>b</i>'])).toEqual(['<b>a</b>  <i>b</i>']);
  });
});
