import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import collabEnUS from '../locales/collab/en-US.json';
import collabZhCN from '../locales/collab/zh-CN.json';
import crmEnUS from '../locales/crm/en-US.json';
import crmZhCN from '../locales/crm/zh-CN.json';
import dealsEnUS from '../locales/deals/en-US.json';
import dealsZhCN from '../locales/deals/zh-CN.json';
import dataioEnUS from '../locales/dataio/en-US.json';
import dataioZhCN from '../locales/dataio/zh-CN.json';
import authzEnUS from '../locales/authz/en-US.json';
import authzZhCN from '../locales/authz/zh-CN.json';
import devtoolsEnUS from '../locales/devtools/en-US.json';
import devtoolsZhCN from '../locales/devtools/zh-CN.json';
import enUS from '../locales/en-US.json';
import mfaEnUS from '../locales/mfa/en-US.json';
import mfaZhCN from '../locales/mfa/zh-CN.json';
import reportsEnUS from '../locales/reports/en-US.json';
import reportsZhCN from '../locales/reports/zh-CN.json';
import zhCN from '../locales/zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STORAGE_KEY = 'crm.lang';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

// Storage can throw (disabled cookies, some private modes); a language preference is not worth failing for.
function readStored(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The remembered choice wins; otherwise any Chinese browser locale gets zh-CN and everyone else en-US. */
export function detectLanguage(
  storage: Storage | undefined = globalThis.localStorage,
  browserLanguage: string | undefined = globalThis.navigator?.language,
): Language {
  const stored = readStored(storage);
  if (isLanguage(stored)) return stored;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en-US';
}

export async function setLanguage(lang: Language): Promise<void> {
  await i18n.changeLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits, but the switch still applies now.
  }
}

// Screen readers and the browser's own UI (spell check, translation offers) follow <html lang>.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

// initAsync: false makes the first render already translated (resources are bundled, nothing to fetch).
void i18n.use(initReactI18next).init({
  // Each module keeps its strings in its own files under one top-level key ("mfa", "authz").
  resources: {
    'en-US': { translation: { ...enUS, ...mfaEnUS, ...authzEnUS, ...devtoolsEnUS, ...crmEnUS, ...collabEnUS, ...reportsEnUS, ...dataioEnUS, ...dealsEnUS } },
    'zh-CN': { translation: { ...zhCN, ...mfaZhCN, ...authzZhCN, ...devtoolsZhCN, ...crmZhCN, ...collabZhCN, ...reportsZhCN, ...dataioZhCN, ...dealsZhCN } },
  },
  lng: detectLanguage(),
  fallbackLng: 'en-US',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // React escapes output already.
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
