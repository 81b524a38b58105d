/** A private i18next instance with every translation module, as i18n/index.ts merges them, for pure tests (no DOM). */
import i18next, { type TFunction } from 'i18next';
import en from '../i18n/en';
import zhCN from '../i18n/zh-CN';

const modules = import.meta.glob<{ default: object }>('../i18n/{zh-CN,en}.*.ts', { eager: true });

export async function i18nForTests(lng: 'zh-CN' | 'en' = 'zh-CN'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  for (const [file, mod] of Object.entries(modules)) {
    instance.addResourceBundle(file.includes('/zh-CN.') ? 'zh-CN' : 'en', 'translation', mod.default, true, false);
  }
  return instance.t;
}
