/**
 * The one way the widget reports a problem to the host page's developer: a
 * console warning, prefixed so it is easy to find. Readers never see it.
 */
export const warn = (message: string) => console.warn(`<exosome-quiz>: ${message}`);
