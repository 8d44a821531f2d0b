/**
 * The script-tag entry: defines `<exosome-quiz>` and exports nothing, so the
 * IIFE build leaves no global behind.
 */
import './element/define.js';
