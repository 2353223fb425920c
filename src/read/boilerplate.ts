/**
 * Line-level recognisers for page furniture that scraped article texts carry: share widgets,
 * style sheets, bylines, datelines, tickers, photo captions and credits.
 */

/** Whole lines that are navigation or widget labels. */
const FURNITURE = new Set(
  [
    'share', 'share this article', 'share this article on', 'close', 'story saved', 'live score', 'saved articles',
    'following', 'my reads', 'sign out', 'get app', 'subscribe now!', 'subscribe now', 'follow topic:',
    'announcement', 'advertisement', 'more follows...', 'more follows', 'more to follow', 'developing story', '-',
    'increase font size decrease font size reset font size', 'read more', 'also read', 'recommended',
  ].map((s) => s.toLowerCase()),
);

const FURNITURE_PREFIX =
  /^(sign up now\b|get the latest headlines\b|read more\b|also read\b|read also\b|see also\b|related\s*:|watch\s*:|click here\b|click to play video\b|story continues below\b|follow us\b|published on\s*:|published\s*:|updated\s*:|first published\b|(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|our standards\s*:)/i;
/** "Associated Press writer Jane Doe contributed to this report." */
const CONTRIBUTOR = /\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?$/i;

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,4})?)?$`,
  'i',
);
/** "Samar Al-Gamal , Tuesday 9 Sep 2025" */
const BYLINE_WITH_DATE = new RegExp(`^[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}\\s*,\\s*${WEEKDAY}\\s+\\d{1,2}\\s+${MONTH}\\s+\\d{4}$`, 'u');
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** "MOSCOW/ISTANBUL", "New Delhi:", "Tehran, July 3 (AFP) Jul 03, 2025" */
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Z .'/-]+|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*:|\\p{Lu}[\\p{L} ]+,\\s+${MONTH}\\s+\\d{1,2}\\s+\\([A-Z]{2,6}\\).*)$`,
  'u',
);
const TICKER = /\b(?:in|de)creased by\b|[▲▼]/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const SITE_TAGLINE = /^\S+\.(?:com|net|org|co\.\w+)\s+[-|–]\s+/i;

export function isFurniture(line: string): boolean {
  const l = line.trim();
  if (!l) return true;
  if (FURNITURE.has(l.toLowerCase())) return true;
  // "Share current article via Email Share current article via Facebook ...": share buttons.
  if (/^(?:share\s+(?:this|current)\s+(?:article|story|page)\s+(?:via|on|to)\b)/i.test(l) && l.split(/\s+/).length <= 30) return true;
  // Icon labels left by stripped images: "crown-icon", "share-icon".
  if (/^[a-z]+(?:-[a-z]+)*-icon$/i.test(l)) return true;
  // A byline run into its agency: "Lloyd JonesAAP".
  if (BYLINE_AGENCY.test(l)) return true;
  if (FURNITURE_PREFIX.test(l) || CONTRIBUTOR.test(l)) return true;
  if (isStyleSheet(l)) return true;
  if (DATE_ONLY.test(l) || BYLINE_WITH_DATE.test(l) || BYLINE.test(l)) return true;
  if (DATELINE.test(l) && l.split(/\s+/).length <= 8) return true;
  if (TICKER.test(l) && l.split(/\s+/).length <= 12) return true;
  if (URL_ONLY.test(l) || SITE_TAGLINE.test(l)) return true;
  // "BR Web Desk Published July 29, 2025 Updated July 29, 2025 04:32pm"
  if (/\b(?:Published|Updated)\b/.test(l) && /\d{4}/.test(l) && l.split(/\s+/).length <= 16 && !/[.!?]["”]?$/.test(l)) return true;
  return false;
}

/** CSS rules pasted from the page: selectors followed by `{ prop: value; }` blocks. */
export function isStyleSheet(line: string): boolean {
  const blocks = line.match(/\{[^{}]*:[^{}]*\}/g);
  return !!blocks && blocks.length >= 1 && /[.#@][\w-]+\s*[^{}]*\{/.test(line);
}

/** News and photo agencies that sign pictures ("REUTERS/Jeenah Moon", "Lukas Coch/AAP"). */
const PHOTO_AGENCIES = 'REUTERS|Reuters|AFP|AP|AAP|EPA|EPA-EFE|EFE|PTI|ANI|IANS|Xinhua|XINHUA|Yonhap|YONHAP|Kyodo|KYODO|dpa|DPA|Anadolu|ANADOLU|TASS|Sputnik|WAFA|WAM|Bloomberg|Shutterstock|Alamy|NurPhoto|SOPA Images|ZUMA|Sipa';

/** A reporter's name run into the agency's with no space between ("Lloyd JonesAAP"). */
const BYLINE_AGENCY = new RegExp(`^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3}(?:${PHOTO_AGENCIES})$`, 'u');

/** News and photo agencies known by one word ("..., Anadolu reports"). */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(PHOTO_AGENCIES.split('|').filter((a) => !/\s/.test(a)));

/** A caption signed with the agency's name alone after its last sentence. */
const AGENCY_SIGNED = new RegExp(`[.!?]["”’)]?\\s+(?:[—–-]\\s*)?(?:${PHOTO_AGENCIES}|Getty Images)\\s*\\.?$`);

/** An agency on one side of a slash, or after "via": a photo's credit. */
const AGENCY_CREDIT = new RegExp(
  `\\b(?:${PHOTO_AGENCIES}|Getty(?:\\s+Images)?|Pool|POOL|via)\\s*\\/\\s*\\p{Lu}|\\p{L}\\s*\\/\\s*(?:${PHOTO_AGENCIES}|Getty|Pool|POOL)\\b|\\bvia\\s+(?:${PHOTO_AGENCIES})\\b`,
  'u',
);

/** Photo captions and credits, kept apart from the body. */
export function isCaption(line: string): boolean {
  const l = line.trim();
  if (/^(?:FILE\s+)?PHOTO\s*:/i.test(l)) return true;
  if (/^(?:Photo|Image|Picture|Photograph)(?:\s+credit)?\s*:/i.test(l)) return true;
  if (/\bPhoto\s*:\s*[\p{Lu}][\p{L}/ ]*$/u.test(l)) return true;
  if (/\bphoto courtesy of\b/i.test(l)) return true;
  if (/\|\s*(?:pool\s+)?photo by\b/i.test(l)) return true;
  // "REUTERS/Jeenah Moon", "KCNA via REUTERS", "Evelyn Hockstein/Pool via REUTERS": an agency on
  // one side of the slash (not "WASHINGTON/HOUSTON (Reuters) - The U.S. will ...", a dateline).
  // ("Anthony Albanese and partner Jodie Haydon arrive in Beijing, China. Lukas Coch/AAP".)
  if (AGENCY_CREDIT.test(l)) return true;
  // "... meets with US President Joe Biden at the White House, in Washington, on Tuesday. REUTERS",
  // "..., in Doha, Qatar, December 6. — Reuters": the agency alone after the last full stop.
  if (AGENCY_SIGNED.test(l)) return true;
  // "Marco Rubio and Ecuadorean President Daniel Noboa Getty Images": a picture library's
  // credit run onto a caption that has no full stop.
  if (/\S\s+Getty Images$/.test(l) && !/[.!?]["”’]?\s+Getty Images$/.test(l)) return true;
  // "... on June 30, 2019.(AP File)", "(Manuel Balce Ceneta/AP)"
  const credit = l.match(/\(([^()]{1,60})\)\s*\.?$/);
  if (credit) {
    const inner = credit[1] as string;
    const creditLike = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*(?:\/\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)*$/u.test(inner);
    const before = l.slice(0, l.length - credit[0].length).trimEnd();
    if (creditLike && (/\//.test(inner) || /\b(?:File|Photo|Images)\b/.test(inner) || /[.]$/.test(before))) return true;
  }
  return false;
}

/** Lines at the end of a page that are headlines of other stories (Title Case, no final stop). */
export function isRelatedHeadline(line: string): boolean {
  const l = line.trim();
  if (/[.!?:"”’)]$/.test(l)) return false;
  const words = l.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  const capped = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capped / words.length >= 0.7;
}

/**
 * A caption without its photo credit ("(AP File)", "KCNA via REUTERS/File Photo",
 * "Photo: PID", "| Pool photo by ..."): the description names things, the credit does not.
 */
export function captionDescription(caption: string): string {
  // "Photo : YONHAP News": a credit line and nothing else.
  if (/^(?:FILE\s+)?(?:PHOTO|Image|Picture)\s*:\s*\S+(?:\s+\S+){0,3}$/i.test(caption.trim())) return '';
  return caption
    // ("Camera IconAnthony Albanese says ...": an image's icon label run into the caption.)
    .replace(/^(?:Camera|Video|Image|Photo|Play|Gallery)\s*Icon(?=\p{Lu})/u, '')
    .replace(/^(?:FILE\s+)?PHOTO\s*:\s*/i, '')
    .replace(/\s*\|\s*(?:pool\s+)?photo by\b.*$/i, '')
    .replace(/\s*\bphoto courtesy of\b.*$/i, '')
    .replace(/\s*\b(?:Photo|Image|Picture)(?:\s+credit)?\s*:\s*[^.]*$/i, '')
    .replace(/\s+\S*\s*\bvia\s+[A-Z][\w/ .-]*$/i, '')
    .replace(/\s*\([^()]{1,60}\)\s*\.?$/, '')
    .replace(/\s+Getty Images$/, '')
    .replace(/\s+[A-Z]{2,}\/[\w/ .-]*$/, '')
    .trim();
}
