// Writes dist/embed.html: a page holding only the widget, for platforms that
// allow an iframe but no script. It loads the script-tag file next to it and
// runs under a strict Content Security Policy (its one style block is allowed
// by hash, so no 'unsafe-inline').
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const style = `html,body{margin:0;background:transparent}body{padding:1px}exosome-quiz:not(:defined){display:block;font-size:medium;min-height:24em}`;
const hash = createHash('sha256').update(style).digest('base64');
const csp = `default-src 'none'; script-src 'self'; style-src 'self' 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

writeFileSync(
  'dist/embed.html',
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="referrer" content="no-referrer" />
    <title>Would an exosome serum suit your skin? A skin quiz</title>
    <style>${style}</style>
    <script src="./exosome-quiz.iife.js" defer></script>
  </head>
  <body>
    <!-- Edit the attributes here (README, "Attributes"); the id keeps its progress apart from other quizzes. -->
    <exosome-quiz id="embed" persist="session"><p>The skin quiz needs JavaScript to run. If you can read this line, its script has not loaded.</p></exosome-quiz>
  </body>
</html>
`,
);
console.log('dist/embed.html written');
