// Classic blocking script: applies the visitor's stored colour theme before the first paint,
// so a dark-theme visitor never sees a flash of light. Kept tiny; the switch itself is theme-switch.js.
(function () {
  var root = document.documentElement;
  try {
    var key = (root.getAttribute('data-storage-namespace') || '') + ':theme';
    var theme = window.localStorage.getItem(key);
    if (theme === 'light' || theme === 'dark') {
      root.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // Storage can be disabled (privacy mode, file://): the system preference applies.
  }
})();
