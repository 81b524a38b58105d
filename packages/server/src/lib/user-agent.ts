/**
 * A readable device description from a browser's User-Agent (登录设备 on 我的账户): the browser or app
 * with its major version and the system, e.g. `WeChat 8 · Android 14` or `Safari 17 · iPhone`.
 * Names only (no words to translate); null when nothing is recognised. Not a full parser: the list holds
 * what people in the field use (the WeChat and domestic browsers first, as they also name Chrome or Safari).
 */

/** Browsers and in-app browsers, the most specific first (most also say Chrome or Safari). */
const BROWSERS: Array<[RegExp, string]> = [
  [/MicroMessenger\/(\d+)/, 'WeChat'],
  [/wxwork\/(\d+)/, 'WeCom'],
  [/DingTalk\/(\d+)/, 'DingTalk'],
  [/\bQQ\/(\d+)/, 'QQ'],
  [/MQQBrowser\/(\d+)/, 'QQ Browser'],
  [/QQBrowser\/(\d+)/, 'QQ Browser'],
  [/UCBrowser\/(\d+)/, 'UC Browser'],
  [/Quark\/(\d+)/, 'Quark'],
  [/HuaweiBrowser\/(\d+)/, 'Huawei Browser'],
  [/MiuiBrowser\/(\d+)/, 'Mi Browser'],
  [/HeyTapBrowser\/(\d+)/, 'HeyTap Browser'],
  [/VivoBrowser\/(\d+)/, 'vivo Browser'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/FxiOS\/(\d+)/, 'Firefox'],
  [/HeadlessChrome\/(\d+)/, 'Headless Chrome'],
  [/CriOS\/(\d+)/, 'Chrome'],
  [/Chrom(?:e|ium)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

/** Systems, the most specific first (HarmonyOS and Android phones also say Linux; iPads may say Macintosh). */
const SYSTEMS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/OpenHarmony (\d+)/, (m) => `HarmonyOS ${m[1]}`],
  [/HarmonyOS/, () => 'HarmonyOS'],
  [/Android (\d+)/, (m) => `Android ${m[1]}`],
  [/Android/, () => 'Android'],
  [/iPhone/, () => 'iPhone'],
  [/iPad/, () => 'iPad'],
  [/Windows NT 10/, () => 'Windows'],
  [/Windows NT (\d+\.\d+)/, (m) => `Windows NT ${m[1]}`],
  [/CrOS/, () => 'ChromeOS'],
  [/Mac OS X|Macintosh/, () => 'macOS'],
  [/Linux/, () => 'Linux'],
];

/** A program that names itself first (`curl/8.5.0`, `okhttp/4.12`): its name. */
const PROGRAM = /^([A-Za-z][\w.-]{0,30})\/[\d.]+/;

export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const ua = userAgent.slice(0, 300);
  const browser = BROWSERS.map(([re, name]) => {
    const m = re.exec(ua);
    return m ? `${name} ${m[1]}` : null;
  }).find((b) => b !== null);
  const system = SYSTEMS.map(([re, name]) => {
    const m = re.exec(ua);
    return m ? name(m) : null;
  }).find((s) => s !== null);
  const parts = [browser, system].filter((p): p is string => Boolean(p));
  if (parts.length > 0) return parts.join(' · ');
  const program = PROGRAM.exec(ua);
  return program && program[1] !== 'Mozilla' ? program[1] : null;
}
