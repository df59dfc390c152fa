import { describe, expect, it } from 'vitest';
import { loadedTranslation, loadTranslation } from '../../../src/i18n/catalogues.ts';
import { ur } from '../../../src/i18n/locales/ur.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';

describe('translations loaded on demand', () => {
  it('speaks English, marked as a stand-in, until the translation has loaded', async () => {
    expect(loadedTranslation('ur')).toBeUndefined();
    const before = createTranslator('ur').local('legend.title');
    expect(before).toMatchObject({ text: 'Legend', lang: 'en', fallback: true });
    expect(createTranslator('ur').dir).toBe('rtl');

    const loads = [loadTranslation('ur'), loadTranslation('ur')];
    expect(loads[0]).toBe(loads[1]);
    expect(await loads[0]).toBe(ur);
    expect(loadedTranslation('ur')).toBe(ur);
    expect(createTranslator('ur').local('legend.title')).toMatchObject({
      text: ur['legend.title'],
      lang: 'ur',
      fallback: false,
    });
  });

  it('has English at once', () => {
    expect(loadedTranslation('en')).toBeDefined();
    expect(createTranslator('en').t('legend.title')).toBe('Legend');
  });
});
