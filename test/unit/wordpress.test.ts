import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FOLDER, PLUGIN_FILES, SCRIPT, pluginZip } from '../../scripts/wordpress-zip.mjs';

// The WordPress plugin's files and its zip, without WordPress (that is
// `npm run test:wordpress`) and without the build: the zip is made here from
// the sources and a stand-in script.
const source = (name: string) => readFileSync(`wordpress/${name}`, 'utf8');
const files = Object.fromEntries(PLUGIN_FILES.map((name) => [name, source(name)]));
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const readme = readFileSync('README.md', 'utf8');

const versionsIn = (entries: Record<string, string>) => ({
  header: entries['exosome-quiz.php']!.match(/^ \* Version:\s+(\S+)$/m)?.[1],
  constant: entries['exosome-quiz.php']!.match(/define\( 'EXOSOME_QUIZ_VERSION', '([^']+)' \)/)?.[1],
  block: JSON.parse(entries['block.json']!).version,
  stableTag: entries['readme.txt']!.match(/^Stable tag:\s+(\S+)$/m)?.[1],
});

describe('the WordPress plugin (wordpress/)', () => {
  it('zips into one folder, exosome-quiz/, with the PHP, block.json, the editor script, readme.txt and the built script', () => {
    const script = new TextEncoder().encode('/* the built script */');
    const entries = unzipSync(pluginZip({ files, script, version }));
    expect(Object.keys(entries).sort()).toEqual(
      ['block.json', 'editor.js', 'exosome-quiz.php', 'readme.txt', SCRIPT].map((name) => `${FOLDER}/${name}`).sort(),
    );
    expect(new TextDecoder().decode(entries[`${FOLDER}/${SCRIPT}`])).toBe('/* the built script */');
  });

  it("stamps package.json's version into the zip: plugin header, constant, block.json, readme's Stable tag", () => {
    const entries = unzipSync(pluginZip({ files, script: new Uint8Array(), version: '9.8.7' }));
    const texts = Object.fromEntries(PLUGIN_FILES.map((name) => [name, new TextDecoder().decode(entries[`${FOLDER}/${name}`])]));
    expect(versionsIn(texts)).toEqual({ header: '9.8.7', constant: '9.8.7', block: '9.8.7', stableTag: '9.8.7' });
  });

  it("says package.json's version in its sources too", () => {
    expect(versionsIn(files)).toEqual({ header: version, constant: version, block: version, stableTag: version });
  });

  it('has a readme.txt in the plugin directory format', () => {
    const text = files['readme.txt']!;
    expect(text.split('\n')[0]).toBe('=== Exosome Quiz ===');
    for (const field of ['Requires at least: 6.1', 'Tested up to: 6.1', 'Requires PHP: ', 'Stable tag: ', 'License: ']) {
      expect(text).toContain(`\n${field}`);
    }
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
      expect(text).toContain(`\n== ${section} ==\n`);
    }
    // The short description: the first paragraph after the header, at most 150 characters.
    const short = text.split('\n\n')[1]!;
    expect(short.length).toBeLessThanOrEqual(150);
    expect(short).not.toContain('\n');
  });

  it("adds README's reserve rule word for word, and README's snippet has the plugin's fallback line", () => {
    const rule = files['exosome-quiz.php']!.match(/define\( 'EXOSOME_QUIZ_RESERVE', '([^']+)' \)/)![1]!;
    expect(readme).toContain(`\n${rule}\n`);
    const fallback = files['exosome-quiz.php']!.match(/esc_html__\( '(The skin quiz[^']+)'/)![1]!;
    expect(readme).toContain(`<exosome-quiz id="skin-quiz"><p>${fallback}</p></exosome-quiz>`);
  });

  it("offers the element's settings in the block and the shortcode", () => {
    const block = JSON.parse(files['block.json']!);
    expect(Object.keys(block.attributes).sort()).toEqual(['heading', 'persist', 'productName', 'productUrl', 'skipIntro', 'theme']);
    expect(block.attributes.theme.enum).toEqual(['auto', 'light', 'dark']);
    expect(block.attributes.persist.enum).toEqual(['session', 'local', 'none']);
    const php = files['exosome-quiz.php']!;
    for (const name of ['heading', 'product_url', 'product_name', 'theme', 'persist', 'skip_intro']) {
      expect(php).toMatch(new RegExp(`'${name}'\\s+=> '',`));
    }
    // Only web addresses: esc_url with http and https alone.
    expect(php).toContain("esc_url( trim( (string) $settings['product_url'] ), array( 'http', 'https' ) )");
  });
});
