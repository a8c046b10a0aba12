/*
 * incident-mapper: data-driven incident layers for Leaflet (hand-written, MIT).
 *
 * One compact, columnar data block per map (see maps/_data.py), decoded once.
 * Each event type is a layer; on every move its points (projected once, in
 * typed arrays) are bucketed into a screen grid and only what is in view is
 * drawn: cluster icons, and canvas shape markers created on first use.
 * Popups and tooltips are built on demand from the data with DOM text nodes,
 * never innerHTML of report text.
 * window.incidentMaps[<element id>] exposes the state; .ready turns true (and
 * the map container gets data-incident-map-ready="1") when every layer is in.
 */
(function (root) {
  'use strict';
  /* A page may load Leaflet twice (two embedded fragments): define ourselves per Leaflet. */
  if (root.IncidentMap && root.IncidentMap.L === root.L) { return; }
  var L = root.L;

  function polygon(k, r, turn) {
    var pts = [];
    for (var i = 0; i < k; i++) {
      var a = (2 * Math.PI * i) / k + (turn || -Math.PI / 2);
      pts.push([Math.cos(a) * r, Math.sin(a) * r]);
    }
    return pts;
  }
  var SHAPES = {
    circle: null,
    square: [[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]],
    diamond: polygon(4, 1.2),
    triangle: polygon(3, 1.25),
    hexagon: polygon(6, 1.05, 0),
    star: (function () {
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var a = (Math.PI / 5) * i - Math.PI / 2, r = i % 2 ? 0.55 : 1.3;
        pts.push([Math.cos(a) * r, Math.sin(a) * r]);
      }
      return pts;
    })()
  };
  var PRECISION = ['exact', 'within city', 'city', 'region', 'country'];

  /* A circle marker drawn as the type's shape on the canvas renderer. */
  var ShapeMarker = L.CircleMarker.extend({
    _updatePath: function () {
      var pts = SHAPES[this.options.shape], rd = this._renderer;
      if (!pts || !rd || !rd._ctx) { return L.CircleMarker.prototype._updatePath.call(this); }
      if (!rd._drawing || this._empty()) { return; }
      var p = this._point, ctx = rd._ctx, r = Math.max(Math.round(this._radius), 1);
      ctx.beginPath();
      for (var i = 0; i < pts.length; i++) {
        var x = p.x + pts[i][0] * r, y = p.y + pts[i][1] * r;
        if (i) { ctx.lineTo(x, y); } else { ctx.moveTo(x, y); }
      }
      ctx.closePath();
      rd._fillStroke(ctx, this);
    }
  });

  function escapeHtml(s) {
    return String(s).replace(/[&<>"'`]/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  }

  /* Inline SVG of a symbol; colour is a validated #RRGGBB, shape a known name. */
  function symbolSvg(shape, color, size, style) {
    var dash = style === 'approx' ? ' stroke-dasharray="0.35 0.25"' : '';
    var fill = style === 'approx' ? ' fill-opacity="0.35"' : style === 'country' ? ' fill-opacity="0"' : '';
    var stroke = style === 'exact' || !style ? '#ffffff' : color;
    var attrs = ' fill="' + color + '"' + fill + ' stroke="' + stroke + '" stroke-width="0.2"' + dash;
    var pts = SHAPES[shape], body;
    if (pts) {
      body = '<polygon points="' + pts.map(function (p) { return p[0].toFixed(2) + ',' + p[1].toFixed(2); }).join(' ') + '"' + attrs + '/>';
    } else {
      body = '<circle r="1"' + attrs + '/>';
    }
    return '<svg width="' + size + '" height="' + size + '" viewBox="-1.4 -1.4 2.8 2.8" aria-hidden="true">' + body + '</svg>';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function markerStyle(layer, p, r) {
    var color = layer.color;
    if (p === 0) {
      return { radius: r, shape: layer.shape, color: '#ffffff', weight: 1.5, opacity: 1, fillColor: color, fillOpacity: 0.9 };
    }
    if (p < 4) {
      return { radius: r, shape: layer.shape, color: color, weight: 2, opacity: 1, dashArray: '3,3', fillColor: color, fillOpacity: 0.35 };
    }
    return { radius: r, shape: layer.shape, color: color, weight: 2.5, opacity: 1, dashArray: '2,4', fillColor: '#ffffff', fillOpacity: 0.7 };
  }

  function decode(payload) {
    if (typeof payload !== 'string') { return Promise.resolve(payload); }
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('this browser cannot decompress the map data (DecompressionStream)'));
    }
    var bin = atob(payload.slice(payload.indexOf(':') + 1));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

  function dayLabel(d) {
    return new Date(d * 86400000).toISOString().slice(0, 10);
  }

  /* ---- popup and tooltip, from the data, as text nodes ---- */
  function buildPopup(state, li, i) {
    var layer = state.data.layers[li], c = layer.cols, S = state.data.strings;
    var box = el('div', 'im-popup');
    var head = el('div', 'im-head');
    head.insertAdjacentHTML('beforeend', symbolSvg(layer.shape, layer.color, 16));
    head.appendChild(el('span', null, layer.name));
    if (S[c.sub[i]]) { head.appendChild(el('span', 'im-sub', '— ' + S[c.sub[i]])); }
    box.appendChild(head);
    var table = el('table');
    function row(label, value, extra) {
      if (!value) { return; }
      var tr = el('tr');
      tr.appendChild(el('th', null, label));
      var td = el('td', null, value);
      if (extra) { td.appendChild(el('span', 'im-prec', ' (' + extra + ')')); }
      tr.appendChild(td);
      table.appendChild(tr);
    }
    row('Where', S[c.loc[i]] || '(unnamed place)', S[c.where[i]]);
    row('When', S[c.when[i]]);
    row('Counts', S[c.counts[i]]);
    row('Actors', S[c.actor[i]]);
    box.appendChild(table);
    var quote = S[c.quote[i]];
    if (quote) {
      var bq = el('blockquote', 'im-quote'), s = c.qs[i], e = c.qe[i];
      if (s >= 0 && e > s && e <= quote.length) {
        bq.appendChild(document.createTextNode(quote.slice(0, s)));
        bq.appendChild(el('mark', null, quote.slice(s, e)));
        bq.appendChild(document.createTextNode(quote.slice(e)));
      } else {
        bq.textContent = quote;
      }
      box.appendChild(bq);
    }
    var src = el('div', 'im-source');
    src.appendChild(el('b', null, 'Source: '));
    src.appendChild(document.createTextNode(S[c.source[i]] || 'not recorded'));
    if (S[c.agency[i]]) { src.appendChild(document.createTextNode(' · quoting ' + S[c.agency[i]])); }
    var url = S[c.url[i]];
    if (url && /^https?:\/\//i.test(url)) {
      src.appendChild(document.createTextNode(' · '));
      var a = el('a', null, 'open report');
      a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      src.appendChild(a);
    }
    box.appendChild(src);
    var more = c.more[i];
    if (more && more.length) {
      var list = el('ul', 'im-more');
      more.forEach(function (m) {
        var li2 = el('li', null, (S[m[0]] || 'source') + (S[m[1]] ? ' · quoting ' + S[m[1]] : '') + (S[m[3]] ? ' · ' + S[m[3]] : ''));
        if (S[m[2]]) {
          var a2 = el('a', null, ' link');
          a2.href = S[m[2]]; a2.target = '_blank'; a2.rel = 'noopener noreferrer';
          li2.appendChild(a2);
        }
        list.appendChild(li2);
      });
      var h = el('div', null, more.length + ' sources:');
      box.appendChild(h);
      box.appendChild(list);
    }
    if (S[c.notes[i]]) { box.appendChild(el('div', 'im-notes', S[c.notes[i]])); }
    var ids = el('div', 'im-ids');
    var place = S[c.place[i]] ? 'Place: ' + S[c.place[i]] : 'Place: given coordinates';
    if (S[c.unres[i]]) { place += ' (not in the gazetteer: ' + S[c.unres[i]] + ')'; }
    ids.appendChild(el('div', null, place));
    if (S[c.doc[i]]) { ids.appendChild(el('div', null, 'Document: ' + S[c.doc[i]])); }
    box.appendChild(ids);
    return box;
  }

  function buildTooltip(state, li, i) {
    var layer = state.data.layers[li], c = layer.cols, S = state.data.strings;
    var parts = [layer.name, S[c.loc[i]] || 'unnamed place', S[c.when[i]]];
    if (c.f[i]) { parts.push(c.f[i] + ' killed'); }
    if (c.p[i] > 0) { parts.push(S[c.where[i]]); }
    return el('span', 'im-tip', parts.join(' · '));
  }

  /* ---- controls ---- */
  var Legend = L.Control.extend({
    options: { position: 'bottomright' },
    initialize: function (state, options) { this._state = state; L.setOptions(this, options); },
    onAdd: function () {
      var data = this._state.data, box = el('details', 'im-control im-legend');
      var size = this._state.map.getSize();
      box.open = size.x >= 1100 && size.y >= 650;  /* never hide half of a small map */
      box.appendChild(el('summary', null, 'Legend'));
      function row(svg, text) {
        var r = el('div', 'im-row');
        r.insertAdjacentHTML('beforeend', svg);
        r.appendChild(el('span', null, text));
        box.appendChild(r);
      }
      box.appendChild(el('h4', null, 'Event type'));
      data.layers.forEach(function (layer) { row(symbolSvg(layer.shape, layer.color, 14), layer.name + ' (' + layer.n + ')'); });
      box.appendChild(el('h4', null, 'Fatalities'));
      [[0, 6], [10, 12], [100, 22]].forEach(function (s) { row(symbolSvg('circle', '#777777', Math.round(s[1] * 1.3)), s[0] === 100 ? '100 or more' : String(s[0])); });
      box.appendChild(el('h4', null, 'Location'));
      row(symbolSvg('circle', '#555555', 14, 'exact'), 'exact place');
      row(symbolSvg('circle', '#555555', 14, 'approx'), 'approximate (shaded: the area it may be in)');
      row(symbolSvg('circle', '#555555', 14, 'country'), 'country-level (country outlined)');
      if (data.days) { box.appendChild(el('div', null, 'Undated incidents stay visible under the time filter.')); }
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    }
  });

  var Slider = L.Control.extend({
    options: { position: 'bottomleft' },
    initialize: function (state, options) { this._state = state; L.setOptions(this, options); },
    onAdd: function () {
      var state = this._state, days = state.data.days, box = el('div', 'im-control im-slider');
      var label = el('div', 'im-dates');
      var from = el('input'), to = el('input');
      [from, to].forEach(function (input, k) {
        input.type = 'range'; input.min = days[0]; input.max = days[1]; input.step = 1;
        input.value = days[k];
        input.setAttribute('aria-label', k ? 'last day shown' : 'first day shown');
      });
      function update() {
        var lo = Math.min(+from.value, +to.value), hi = Math.max(+from.value, +to.value);
        label.textContent = dayLabel(lo) + ' – ' + dayLabel(hi);
        return [lo, hi];
      }
      function apply() { var r = update(); IncidentMap.filterDays(state, r[0], r[1]); }
      from.addEventListener('input', update); to.addEventListener('input', update);
      from.addEventListener('change', apply); to.addEventListener('change', apply);
      update();
      box.appendChild(el('div', null, 'Time filter'));
      box.appendChild(label); box.appendChild(from); box.appendChild(to);
      L.DomEvent.disableClickPropagation(box);
      return box;
    }
  });

  var Search = L.Control.extend({
    options: { position: 'topleft' },
    initialize: function (state, options) { this._state = state; L.setOptions(this, options); },
    onAdd: function () {
      var state = this._state, S = state.data.strings, box = el('div', 'im-control im-search');
      var input = el('input'), list = el('datalist'), note = el('div', 'im-miss');
      list.id = state.id + '-places';
      state.data.search.forEach(function (item) { var o = el('option'); o.value = S[item[0]]; list.appendChild(o); });
      input.type = 'search'; input.placeholder = 'Find a place…';
      input.setAttribute('list', list.id); input.setAttribute('aria-label', 'Find a place');
      function go() {
        note.textContent = '';
        if (input.value && !IncidentMap.findPlace(state, input.value)) { note.textContent = 'no incident there'; }
      }
      input.addEventListener('change', go);
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { go(); } });
      box.appendChild(input); box.appendChild(list); box.appendChild(note);
      L.DomEvent.disableClickPropagation(box);
      return box;
    }
  });

  /* ---- clustering: a pixel grid per layer, recomputed on every move (cheap, no index) ---- */
  var CELL = 64;  /* cluster cell, screen pixels */

  function clusterIcon(color, n) {
    var size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
    var div = el('div', 'im-cluster', n >= 10000 ? Math.round(n / 1000) + 'k' : String(n));
    div.style.background = color; div.style.width = size + 'px'; div.style.height = size + 'px';
    return L.divIcon({ html: div, className: '', iconSize: [size, size] });
  }

  function makeEntry(state, layer, li, canvas) {
    var c = layer.cols, n = layer.n, map = state.map;
    var xs = new Float64Array(n), ys = new Float64Array(n), visible = new Uint8Array(n);
    for (var i = 0; i < n; i++) {
      var p = map.project([c.lat[i], c.lon[i]], 0);
      xs[i] = p.x; ys[i] = p.y; visible[i] = 1;
    }
    var singles = L.featureGroup(), clusters = L.layerGroup();
    singles.bindPopup(function (m) { return buildPopup(state, li, m._imIndex); }, { maxWidth: 360, minWidth: 220 });
    singles.bindTooltip(function (m) { return buildTooltip(state, li, m._imIndex); }, { direction: 'top', offset: [0, -6] });
    var cache = {};
    return {
      name: layer.name, li: li, n: n, xs: xs, ys: ys, visible: visible, shown: n, represented: 0,
      group: L.layerGroup([singles, clusters]), singles: singles, clusters: clusters,
      marker: function (i) {
        var m = cache[i];
        if (!m) {
          var style = markerStyle(layer, c.p[i], c.r[i]);
          style.renderer = canvas;
          m = cache[i] = new ShapeMarker([c.lat[i], c.lon[i]], style);
          m._imIndex = i;
        }
        return m;
      }
    };
  }

  function listPopup(state, entry, indices) {
    var S = state.data.strings, c = state.data.layers[entry.li].cols;
    var box = el('div', 'im-popup');
    box.appendChild(el('div', 'im-head', indices.length + ' ' + entry.name + ' incidents here'));
    var list = el('ul');
    indices.slice(0, 200).forEach(function (i) {
      var item = el('li'), a = el('a', null, (S[c.when[i]] || '') + ' · ' + (S[c.loc[i]] || '') + (c.f[i] ? ' · ' + c.f[i] + ' killed' : ''));
      a.href = '#';
      a.addEventListener('click', function (e) { e.preventDefault(); IncidentMap.openPopup(state, entry.li, i, true); });
      item.appendChild(a); list.appendChild(item);
    });
    box.appendChild(list);
    if (indices.length > 200) { box.appendChild(el('div', null, 'and ' + (indices.length - 200) + ' more: zoom in or filter by time')); }
    return box;
  }

  function clusterClick(state, entry, g) {
    var map = state.map, z = map.getZoom();
    if ((g.maxx - g.minx > 0.5 || g.maxy - g.miny > 0.5) && z < map.getMaxZoom()) {
      var sw = map.unproject([g.minx, g.maxy], z), ne = map.unproject([g.maxx, g.miny], z);
      map.fitBounds(L.latLngBounds(sw, ne), { padding: [40, 40], maxZoom: Math.min(map.getMaxZoom(), z + 6) });
      return;
    }
    var indices = [];  /* the same place at this zoom: list them */
    for (var i = 0; i < entry.n; i++) {
      var x = entry.xs[i] * g.scale, y = entry.ys[i] * g.scale;
      if (entry.visible[i] && x >= g.minx && x <= g.maxx && y >= g.miny && y <= g.maxy) { indices.push(i); }
    }
    L.popup({ maxWidth: 360 }).setLatLng(g.latlng).setContent(listPopup(state, entry, indices)).openOn(map);
  }

  function render(state, entry) {
    var map = state.map, layer = state.data.layers[entry.li];
    entry.singles.clearLayers();
    entry.clusters.clearLayers();
    entry.represented = 0;
    if (!map.hasLayer(entry.group)) { return; }
    var z = map.getZoom(), scale = Math.pow(2, z), view = map.getPixelBounds(), size = map.getSize();
    var x0 = view.min.x - size.x / 2, x1 = view.max.x + size.x / 2, y0 = view.min.y - size.y / 2, y1 = view.max.y + size.y / 2;
    var world = 256 * scale, cell = state.options.cluster && z < map.getMaxZoom() ? CELL : 0;
    var cells = new Map(), xs = entry.xs, ys = entry.ys, vis = entry.visible;
    for (var i = 0; i < entry.n; i++) {
      if (!vis[i]) { continue; }
      var x = xs[i] * scale, y = ys[i] * scale;
      if (y < y0 || y > y1) { continue; }
      if (x < x0 || x > x1) {  /* the same point one world to the left or right */
        if (x + world >= x0 && x + world <= x1) { x += world; } else if (x - world >= x0 && x - world <= x1) { x -= world; } else { continue; }
      }
      entry.represented += 1;
      if (!cell) { entry.singles.addLayer(entry.marker(i)); continue; }
      var key = Math.floor(x / cell) * 67108864 + Math.floor(y / cell), g = cells.get(key);
      if (!g) {
        cells.set(key, { first: i, n: 1, sx: x, sy: y, minx: x, maxx: x, miny: y, maxy: y });
      } else {
        g.n += 1; g.sx += x; g.sy += y;
        if (x < g.minx) { g.minx = x; } if (x > g.maxx) { g.maxx = x; }
        if (y < g.miny) { g.miny = y; } if (y > g.maxy) { g.maxy = y; }
      }
    }
    cells.forEach(function (g) {
      if (g.n === 1) { entry.singles.addLayer(entry.marker(g.first)); return; }
      g.scale = scale;
      g.latlng = map.unproject([g.sx / g.n, g.sy / g.n], z);
      var m = L.marker(g.latlng, { icon: clusterIcon(layer.color, g.n), keyboard: false, title: g.n + ' ' + layer.name });
      m.on('click', function () { clusterClick(state, entry, g); });
      entry.clusters.addLayer(m);
    });
  }

  function addOutlines(map, outlines) {
    map.createPane('imOutlines').style.zIndex = 150;  /* under the tiles: shows only where tiles fail */
    map.getContainer().style.background = '#cfe2ee';
    L.geoJSON(outlines, {
      pane: 'imOutlines', interactive: false, renderer: L.svg({ pane: 'imOutlines' }),
      style: { color: '#8c8c8c', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1 }
    }).addTo(map);
  }

  function setup(state, data, options) {
    state.timing = { setup: performance.now() };
    var map = state.map, control = state.control, S = data.strings;
    state.data = data;
    if (data.outlines) { addOutlines(map, data.outlines); }
    map.attributionControl.addAttribution('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');
    /* one canvas for every vector layer: a second canvas on top would swallow the clicks */
    var canvas = map.options.renderer = map.options.renderer || L.canvas({ padding: 0.5 });

    var areas = data.areas;
    if (areas.lat.length) {
      var areaLayer = L.layerGroup(), filled = false;
      var fill = function () {
        if (filled) { return; }
        filled = true;
        for (var a = 0; a < areas.lat.length; a++) {
          L.circle([areas.lat[a], areas.lon[a]], {
            radius: areas.m[a], renderer: canvas, interactive: false, color: '#444444', weight: 1,
            dashArray: '4,4', fillColor: '#555555', fillOpacity: 0.08
          }).addTo(areaLayer);
        }
      };
      areaLayer.on('add', fill);  /* many areas: drawn only once switched on */
      if (areas.lat.length <= options.maxAreas) { areaLayer.addTo(map); }
      control.addOverlay(areaLayer, 'Uncertainty areas (' + areas.lat.length + ')');
      state.areas = areaLayer;
    }
    if (data.countries.length) {
      var countryLayer = L.layerGroup();
      data.countries.forEach(function (country) {
        if (country.outline) {
          L.geoJSON(country.outline, { interactive: false, renderer: canvas, style: { color: '#333333', weight: 2, dashArray: '6,6', fill: false } }).addTo(countryLayer);
        }
        var label = el('div', null, 'country-level: ' + country.n + (country.n === 1 ? ' incident' : ' incidents') + ' (whole of ' + S[country.name] + ')');
        L.marker([country.lat, country.lon], {
          icon: L.divIcon({ html: label, className: 'im-country-label', iconSize: null, iconAnchor: [0, -14] }),
          interactive: false, keyboard: false
        }).addTo(countryLayer);
      });
      countryLayer.addTo(map);
      control.addOverlay(countryLayer, 'Country-level outlines');
      state.countries = countryLayer;
    }

    state.timing.areas = performance.now();
    state.options = options;
    data.layers.forEach(function (layer, li) {
      var entry = makeEntry(state, layer, li, canvas);
      state.layers.push(entry);
      entry.group.addTo(map);
      control.addOverlay(entry.group, symbolSvg(layer.shape, layer.color, 14) + ' ' + escapeHtml(layer.name) + ' (' + layer.n + ')');
    });
    function renderAll() { state.layers.forEach(function (entry) { render(state, entry); }); }
    renderAll();
    map.on('moveend', renderAll);
    map.on('overlayadd', function (e) {
      state.layers.forEach(function (entry) { if (entry.group === e.layer) { render(state, entry); } });
    });
    state.render = renderAll;
    state.ready = true;
    state.timing.ready = performance.now();
    map.getContainer().setAttribute('data-incident-map-ready', '1');
    map.fire('incidentmapready');
    if (options.search && data.search.length) { new Search(state).addTo(map); }
    if (options.slider && data.days && data.days[1] > data.days[0]) { new Slider(state).addTo(map); }
    if (options.legend) { new Legend(state).addTo(map); }
  }

  var IncidentMap = {
    L: L,
    symbolSvg: symbolSvg,
    escapeHtml: escapeHtml,
    PRECISION: PRECISION,
    build: function (id, map, control, payload, options) {
      root.incidentMaps = root.incidentMaps || {};
      var state = root.incidentMaps[id] = { id: id, map: map, control: control, layers: [], ready: false };
      var loaded = document.readyState === 'loading'
        ? new Promise(function (resolve) { document.addEventListener('DOMContentLoaded', resolve); })
        : Promise.resolve();
      /* wait for the whole page: a later fragment may still be loading its own Leaflet plugins */
      return Promise.all([decode(payload), loaded]).then(function (r) { setup(state, r[0], options); }).catch(function (err) {
        state.error = String(err && err.message || err);
        var box = el('div', 'im-error', 'The incident layers could not be drawn: ' + state.error);
        map.getContainer().appendChild(box);
        if (root.console) { root.console.error(err); }
      });
    },
    /* Show only incidents dated lo..hi (day numbers); undated ones stay. */
    filterDays: function (state, lo, hi) {
      state.layers.forEach(function (entry) {
        var days = state.data.layers[entry.li].cols.d, shown = 0;
        for (var i = 0; i < entry.n; i++) {
          var d = days[i], keep = d === null || (d >= lo && d <= hi);
          entry.visible[i] = keep ? 1 : 0;
          shown += keep ? 1 : 0;
        }
        entry.shown = shown;
        render(state, entry);
      });
    },
    /* Zoom to the first shown incident at a location (case-insensitive) and open its popup. */
    findPlace: function (state, name) {
      var wanted = String(name).trim().toLowerCase(), S = state.data.strings;
      for (var li = 0; li < state.layers.length; li++) {
        var entry = state.layers[li], loc = state.data.layers[li].cols.loc;
        if (!state.map.hasLayer(entry.group)) { continue; }
        for (var i = 0; i < loc.length; i++) {
          if (entry.visible[i] && S[loc[i]].toLowerCase() === wanted) {
            IncidentMap.openPopup(state, li, i);
            return true;
          }
        }
      }
      return false;
    },
    /* Centre incident i of layer li and open its popup. */
    openPopup: function (state, li, i, keepView) {
      var c = state.data.layers[li].cols, ll = L.latLng(c.lat[i], c.lon[i]), map = state.map;
      if (!keepView) { map.setView(ll, Math.max(map.getZoom(), 11), { animate: false }); }
      return L.popup({ maxWidth: 360, minWidth: 220 }).setLatLng(ll).setContent(buildPopup(state, li, i)).openOn(map);
    }
  };
  root.IncidentMap = IncidentMap;
})(window);
