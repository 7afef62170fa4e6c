// Zooming and panning a map (graph.js loads this on first use): Ctrl/⌘ + wheel, a two-finger pinch, a mouse drag,
// the + − Fit buttons and the keys + - 0 ← → on the focused map. The map is part of the page: zooming changes its
// drawn height, so the page scrolls to keep the point under the pointer where it was.

const MAX_SCALE = 4;
const STEP = 1.25;
const DRAG_THRESHOLD = 4;

/**
 * Gives `view` (a GraphView) zoom and pan, never below `minScale` unless the whole map then fits; `clamp` is
 * graph.js's (passed in: the two modules cannot import each other). Returns the handler for the event that asked.
 */
export function attachZoom(view, { clamp, minScale }) {
  const { viewport, map } = view;
  const pointers = new Map();
  // A drag that ends on a node must not follow its link (a drag starts only once this code is in).
  viewport.addEventListener('click', (event) => {
    if (!view.dragged) return;
    event.preventDefault();
    event.stopPropagation();
    view.dragged = false;
  }, true);
  let start = null;
  let pinch = null;

  const local = (event) => {
    const rect = map.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  /**
   * Zooms by `factor`, keeping the point under (px, py) — CSS pixels within the map — where it is: sideways by
   * moving the view, up and down by scrolling the page, since the map grows and shrinks with it.
   */
  const zoomAt = (factor, px = view.width / 2, py = null) => {
    const before = view.view;
    const rect = map.getBoundingClientRect();
    const y = py ?? clamp(window.innerHeight / 2 - rect.top, 0, rect.height);
    const scale = clamp(before.scale * factor, Math.min(view.width / view.content.width, minScale), MAX_SCALE);
    const ux = before.x + px / before.scale;
    view.view = { scale, x: ux - px / scale };
    view.touched = true;
    view.apply();
    window.scrollBy(0, (y / before.scale) * (scale - before.scale));
  };

  const panBy = (dx) => {
    view.view.x -= dx / view.view.scale;
    view.touched = true;
    view.apply();
  };

  const pinchState = () => {
    const [a, b] = [...pointers.values()];
    return { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };

  const wheel = (event) => {
    const speed = event.deltaMode === 1 ? 0.05 : event.ctrlKey ? 0.01 : 0.0015;
    const point = local(event);
    zoomAt(Math.exp(-event.deltaY * speed), point.x, point.y);
  };

  // A single touch is left to the browser, which scrolls the page; only a mouse drags and two touches pinch.
  const pointerdown = (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (pointers.size === 0) view.dragged = false;
    pointers.set(event.pointerId, local(event));
    start = local(event);
    if (pointers.size === 2) {
      pinch = pinchState();
      viewport.setPointerCapture(event.pointerId);
    }
  };

  viewport.addEventListener('pointerdown', pointerdown);
  viewport.addEventListener('pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const point = local(event);
    pointers.set(event.pointerId, point);
    if (pointers.size === 1) {
      if (event.pointerType !== 'mouse') return;
      if (!view.dragged && Math.hypot(point.x - start.x, point.y - start.y) < DRAG_THRESHOLD) return;
      if (!view.dragged) {
        view.dragged = true;
        viewport.setPointerCapture(event.pointerId);
        viewport.classList.add('is-panning');
      }
      panBy(point.x - previous.x);
    } else if (pointers.size === 2 && pinch) {
      view.dragged = true;
      const next = pinchState();
      zoomAt(next.distance / pinch.distance, next.x, next.y);
      panBy(next.x - pinch.x);
      pinch = next;
    }
  });

  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 1) start = [...pointers.values()][0];
    if (pointers.size === 0) viewport.classList.remove('is-panning');
  };
  viewport.addEventListener('pointerup', release);
  viewport.addEventListener('pointercancel', release);

  const actions = {
    '+': () => zoomAt(STEP),
    '=': () => zoomAt(STEP),
    '-': () => zoomAt(1 / STEP),
    '_': () => zoomAt(1 / STEP),
    '0': () => view.reset(),
    ArrowLeft: () => panBy(view.width * 0.2),
    ArrowRight: () => panBy(-view.width * 0.2),
    'zoom-in': () => zoomAt(STEP),
    'zoom-out': () => zoomAt(1 / STEP),
    reset: () => view.reset(),
  };

  /**
   * The event graph.js caught: a wheel, the first pointerdown, a key, or a button as { key: its data-graph-action }.
   */
  return (event) => {
    if (event.type === 'wheel') wheel(event);
    else if (event.type === 'pointerdown') pointerdown(event);
    else actions[event.key]?.();
  };
}
