import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { en } from '../../src/i18n/locales/en';
import { renderApp, signIn } from '../setup/render';

// The tests start with every string (src/i18n/instance.ts); the app starts with the Vietnamese core only. Here English
// is taken away, as in the app before a switch, so the switch has to load it: the core and the screen's namespace.
describe('Ngôn ngữ, strings loaded on demand', () => {
  afterEach(() => {
    i18n.addResourceBundle('en', 'translation', en, true, true);
  });

  it('switching to English on Khắc phục loads its English strings before showing them', async () => {
    i18n.removeResourceBundle('en', 'translation');
    expect(i18n.getResource('en', 'translation', 'actions')).toBeUndefined();
    await signIn();
    const { user } = await renderApp('/khac-phuc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Theo dõi khắc phục' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Remediation tracker' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Screens' })).toHaveTextContent('Remediation');
    expect(screen.getByRole('button', { name: 'Language: English' })).toBeInTheDocument();
    expect(i18n.getResource('en', 'translation', 'actions.title')).toBe('Remediation tracker');
    // Only what was seen: the recording screen's strings stay unloaded.
    expect(i18n.getResource('en', 'translation', 'record')).toBeUndefined();
  });
});
