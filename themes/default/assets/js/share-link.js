// Share links: the progress travels in the URL fragment, never to a server.
//   #progress=1.<fingerprint>.<states>
// <states> is 2 bits per trackable item in roadmap.json order (0 not started, 1 in progress, 2 done, 3 skipped),
// four items a byte, trailing empty bytes dropped, base64url; 1,000 items take at most 334 characters.
// <fingerprint> is a 32-bit FNV-1a hash of the trackable ids, so a link made before the roadmap changed is recognised.
// When the sharer includes their notes, a fourth part follows: base64url of the UTF-8 JSON [[index, note], ...]
// (index in the same order). Links without notes stay as compact as before.

const CODES = ['not-started', 'in-progress', 'done', 'skipped'];
const PREFIX = 'progress=';
const VERSION = '1';

export function fingerprint(ids) {
  let hash = 0x811c9dc5;
  for (const char of ids.join('\n')) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return toBase64Url(new Uint8Array([hash >>> 24, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255]));
}

function toBase64Url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (without '#') for the given states (and, when `noteOf` is given, notes) of the trackable ids. */
export function encodeShare(ids, stateOf, noteOf = null) {
  const bytes = new Uint8Array(Math.ceil(ids.length / 4));
  ids.forEach((id, i) => {
    const code = Math.max(0, CODES.indexOf(stateOf(id)));
    bytes[i >> 2] |= code << ((i & 3) * 2);
  });
  let length = bytes.length;
  while (length > 0 && bytes[length - 1] === 0) length--;
  const notes = noteOf ? ids.map((id, i) => [i, noteOf(id)]).filter(([, note]) => note) : [];
  const tail = notes.length ? `.${toBase64Url(new TextEncoder().encode(JSON.stringify(notes)))}` : '';
  return `${PREFIX}${VERSION}.${fingerprint(ids)}.${toBase64Url(bytes.subarray(0, length))}${tail}`;
}

/** Reads a fragment; null when it is not a share link. `matches` is false when the roadmap changed since. */
export function decodeShare(hash, ids) {
  const text = (hash || '').replace(/^#/, '');
  if (!text.startsWith(PREFIX)) return null;
  const [version, print, data = '', noteData = ''] = text.slice(PREFIX.length).split('.');
  if (version !== VERSION) return null;
  let bytes;
  const notes = new Map();
  try {
    bytes = fromBase64Url(data);
    if (noteData) {
      const pairs = JSON.parse(new TextDecoder().decode(fromBase64Url(noteData)));
      for (const [i, note] of Array.isArray(pairs) ? pairs : []) {
        if (Number.isInteger(i) && i >= 0 && i < ids.length && typeof note === 'string' && note.trim()) notes.set(ids[i], note);
      }
    }
  } catch {
    return null;
  }
  const states = new Map();
  ids.forEach((id, i) => {
    const code = i >> 2 < bytes.length ? (bytes[i >> 2] >> ((i & 3) * 2)) & 3 : 0;
    if (code) states.set(id, CODES[code]);
  });
  return { states, notes, matches: print === fingerprint(ids) };
}

export function isShareHash(hash) {
  return (hash || '').replace(/^#/, '').startsWith(PREFIX);
}
