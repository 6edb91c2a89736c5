// ESLint flat config: the recommended rules plus a few that catch real slips, for the widget's sources and tests.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['node_modules/', 'target/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'all' }],
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-shadow': 'error',
      'no-implicit-globals': 'error',
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'text reaches the DOM as text (textContent); only look.js markup is constant' },
        { property: 'outerHTML', message: 'text reaches the DOM as text' },
        { property: 'insertAdjacentHTML', message: 'text reaches the DOM as text' }]
    }
  },
  { files: ['src/main/js/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/test/js/**', 'build.js', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-properties': 'off' }
  }
];
