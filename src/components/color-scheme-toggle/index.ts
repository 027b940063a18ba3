export { ColorSchemeToggle } from './color-scheme-toggle';
