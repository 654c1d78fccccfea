/*! hashwatt embed.js: turns each <div class="hashwatt-embed" data-...> into a frame
 * of the calculator (embed.html?embed=1&...), resized to its content.
 * Dependency-free. Messages: README "Embedding". */
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.src || window.hashwatt && window.hashwatt.set) return;
  var base = new URL('./', me.src);
  var origin = base.origin;
  var NS = 'hashwatt', V = 1, MIN = 150, MAX = 20000, HEIGHT = 900;
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
  // Set by this script, never taken from the placeholder.
  var OWN = ['embed', 'id', 'host'];
  var byId = Object.create(null);
  var byEl = new WeakMap();
  var count = 0;
  var salt = Math.random().toString(36).slice(2, 8);

  function mount(el) {
    if (byEl.has(el)) return;
    var q = new URLSearchParams();
    q.set('embed', '1');
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      var n = a.name.toLowerCase();
      if (n.indexOf('data-') !== 0) continue;
      n = n.slice(5);
      if (n && OWN.indexOf(n) < 0) q.append(n, a.value);
    }
    var id = 'hw' + salt + '-' + (++count);
    q.set('id', id);
    q.set('host', location.origin);
    var f = document.createElement('iframe');
    f.setAttribute('sandbox', SANDBOX);
    f.title = 'hashwatt: Bitcoin mining profitability calculator';
    f.style.cssText = 'display:block;width:100%;border:0;height:' + HEIGHT + 'px';
    f.src = base.href + 'embed.html?' + q.toString();
    byId[id] = f;
    byEl.set(el, { frame: f, id: id });
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(f);
  }

  function scan() {
    var list = document.querySelectorAll('.hashwatt-embed');
    for (var i = 0; i < list.length; i++) mount(list[i]);
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || d.ns !== NS || d.v !== V || d.type !== 'height') return;
    var f = typeof d.id === 'string' && Object.prototype.hasOwnProperty.call(byId, d.id) ? byId[d.id] : null;
    if (!f || e.source !== f.contentWindow) return;
    var h = Number(d.height);
    if (!isFinite(h)) return;
    f.style.height = Math.round(Math.min(MAX, Math.max(MIN, h))) + 'px';
  });

  window.hashwatt = {
    /** Applies scenario keys (a query string, e.g. "kwh=0.05&n=10") to the embed in el. */
    set: function (el, query) {
      var m = byEl.get(el);
      if (!m || !m.frame.contentWindow) return false;
      m.frame.contentWindow.postMessage({ ns: NS, v: V, type: 'set', id: m.id, query: String(query) }, origin);
      return true;
    },
    /** Mounts placeholders added after the page loaded. */
    scan: scan
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
