// docs/frameworks.md, Astro: the tag's attributes typed for astro check.
import type {} from 'exosome-quiz/astro';
