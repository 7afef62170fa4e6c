// The roadmap as data (roadmap.json), fetched once per page and indexed by id: trackable items in roadmap
// order (the order share links and "next up" rely on), aliases to current ids, each item's section.

import { basePath } from './storage.js';

let loading = null;

function index(json) {
  // Section pages as the build published them (roadmap.json's `url`); the pattern only for a roadmap.json cached
  // offline by a build from before sections had one.
  const urls = new Map((json.sections || []).map((section) => [section.id, section.url]));
  const sectionUrl = (id) => urls.get(id) || `${basePath()}sections/${encodeURIComponent(id)}/`;
  const items = [];
  const byId = new Map();
  const aliasOf = new Map();
  const sectionIds = [];
  const walk = (list, section) => {
    for (const item of list || []) {
      const entry = {
        id: item.id,
        title: item.title || item.id,
        description: item.description || '',
        section: section.id,
        sectionTitle: section.title,
        part: section.part || 0,
        trackable: !!item.trackable,
        checked: !!item.checked,
        difficulty: item.difficulty || null,
        importance: typeof item.importance === 'number' ? item.importance : null,
        checkbox: item.checkbox || null,
        order: byId.size,
        url: `${sectionUrl(section.id)}#${item.id}`,
        json: item,
      };
      byId.set(entry.id, entry);
      if (entry.trackable) items.push(entry);
      for (const alias of item.aliases || []) aliasOf.set(alias, entry.id);
      walk(item.children, section);
    }
  };
  for (const section of json.sections || []) {
    sectionIds.push(section.id);
    walk(section.items, section);
  }
  return { json, items, byId, aliasOf, sectionIds, parts: json.parts || [], sectionUrl };
}

/** Resolves to the indexed roadmap, or null if roadmap.json cannot be read (offline on a first visit). */
export function loadRoadmap() {
  if (!loading) {
    loading = fetch(`${basePath()}roadmap.json`, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`roadmap.json: HTTP ${response.status}`);
        return response.json();
      })
      .then(index)
      .catch((error) => {
        console.warn(error);
        return null;
      });
  }
  return loading;
}
