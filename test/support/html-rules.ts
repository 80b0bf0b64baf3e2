/**
 * The html-validate rules every built page is held to (e2e/html-validate.test.ts, test/hostile-text.test.ts):
 * the recommended set, with one reading made explicit.
 */
import type { ConfigData } from 'html-validate';

export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // /compare/'s picker is a GET form of checkboxes sharing name="u" (?u=a&u=b): valid HTML, the way a
    // form sends a list; every other duplicate name is still an error.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
