// The Qalam web view: posts the text to /v1/analyze and draws the JSON document. No libraries,
// no network beyond this server.
(function () {
  'use strict';
  var TYPE_NAMES = { number: 'عدد', date: 'تاريخ', person: 'شخص', location: 'مكان',
    organization: 'منظمة' };
  var ROLE_NAMES = { stem: 'جذع', conjunction: 'عطف', preposition: 'جر', article: 'تعريف',
    future: 'استقبال', pronoun: 'ضمير' };
  var KNOWN = ['number', 'date', 'person', 'location', 'organization'];

  var form = document.getElementById('form');
  var textArea = document.getElementById('text');
  var dateInput = document.getElementById('date');
  var button = document.getElementById('analyze');
  var statusLine = document.getElementById('status');
  var result = document.getElementById('result');
  var output = document.getElementById('output');
  var legend = document.getElementById('legend');
  var tooltip = document.getElementById('tooltip');
  var download = document.getElementById('download');
  var lastUrl = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function typeName(type) { return TYPE_NAMES[type] ? TYPE_NAMES[type] + ' (' + type + ')' : type; }

  function mentionTip(m) {
    var tip = typeName(m.type) + ': ' + m.value;
    if (m.attributes) {
      Object.keys(m.attributes).forEach(function (k) { tip += '\n' + k + ' = ' + m.attributes[k]; });
    }
    return tip;
  }

  function tokenTip(t) {
    if (!t.words || !t.words.length) { return t.text + ' (' + t.kind + ')'; }
    var repaired = t.words.some(function (w) { return w.repaired; });
    return (repaired ? 'كلمات ملتصقة فُصلت: ' : 'التقطيع: ') + t.words.map(function (w) {
      return w.form + ' [' + (ROLE_NAMES[w.role] || w.role) + ']';
    }).join(' + ');
  }

  // Non-overlapping mentions, longest first at each start, so every character has at most one.
  function flatMentions(mentions) {
    var sorted = mentions.slice().sort(function (a, b) {
      return a.start - b.start || (b.end - b.start) - (a.end - a.start);
    });
    var kept = [], end = -1;
    sorted.forEach(function (m) { if (m.start >= end) { kept.push(m); end = m.end; } });
    return kept;
  }

  function render(doc) {
    var text = doc.text;
    var mentions = flatMentions(doc.mentions || []);
    var tokens = doc.tokens || [];
    var cuts = { 0: true };
    cuts[text.length] = true;
    mentions.forEach(function (m) { cuts[m.start] = true; cuts[m.end] = true; });
    tokens.forEach(function (t) {
      cuts[t.start] = true; cuts[t.end] = true;
      (t.words || []).forEach(function (w) { if (w.repaired) { cuts[w.start] = true; } });
    });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    output.textContent = '';
    var open = null, openMention = null, ti = 0, mi = 0;
    for (var p = 0; p + 1 < points.length; p++) {
      var start = points[p], end = points[p + 1];
      while (mi < mentions.length && mentions[mi].end <= start) { mi++; }
      var mention = mi < mentions.length && mentions[mi].start <= start ? mentions[mi] : null;
      while (ti < tokens.length && tokens[ti].end <= start) { ti++; }
      var token = ti < tokens.length && tokens[ti].start <= start ? tokens[ti] : null;
      if (mention !== openMention) {
        openMention = mention;
        if (mention) {
          open = el('mark', { 'class': 'mention t-' + mention.type.replace(/[^a-z0-9-]/gi, ''),
            'data-type': mention.type, 'data-value': mention.value, title: mentionTip(mention),
            tabindex: '0' });
          output.appendChild(open);
        } else {
          open = null;
        }
      }
      var parent = open || output;
      var piece = text.substring(start, end);
      if (token) {
        var repaired = (token.words || []).some(function (w) { return w.repaired; });
        var seam = repaired && start > token.start ? ' seam' : '';
        var span = el('span', { 'class': 'tok' + (repaired ? ' repaired' : '') + seam,
          'data-tok': String(ti) }, piece);
        if (!mention) { span.title = tokenTip(token); }
        parent.appendChild(span);
      } else {
        parent.appendChild(document.createTextNode(piece));
      }
    }
    renderLegend(mentions);
    renderTables(doc, tokens);
  }

  function renderLegend(mentions) {
    legend.textContent = '';
    var types = KNOWN.slice();
    mentions.forEach(function (m) { if (types.indexOf(m.type) < 0) { types.push(m.type); } });
    types.forEach(function (type) {
      var item = el('span', { 'data-type': type });
      var swatch = el('mark', { 'class': 'mention t-' + type.replace(/[^a-z0-9-]/gi, '') });
      swatch.appendChild(document.createTextNode('\u00a0\u00a0'));
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(typeName(type)));
      legend.appendChild(item);
    });
    var repair = el('span', { 'data-type': 'repaired' });
    repair.appendChild(el('span', { 'class': 'repaired' }, 'أبجد'));
    repair.appendChild(document.createTextNode(' كلمات ملتصقة فُصلت'));
    legend.appendChild(repair);
  }

  function renderTables(doc, tokens) {
    var body = document.querySelector('#mentions tbody');
    body.textContent = '';
    (doc.mentions || []).forEach(function (m) {
      var row = el('tr');
      row.appendChild(el('td', {}, typeName(m.type)));
      row.appendChild(el('td', {}, m.text));
      row.appendChild(el('td', { dir: 'auto' }, m.value));
      row.appendChild(el('td', { dir: 'ltr' }, m.source));
      body.appendChild(row);
    });
    var segs = document.querySelector('#segments tbody');
    segs.textContent = '';
    tokens.forEach(function (t, i) {
      if (!t.words || !t.words.length) { return; }
      var row = el('tr', { 'data-tok': String(i) });
      row.appendChild(el('td', {}, t.text));
      var cell = el('td');
      t.words.forEach(function (w, j) {
        if (j) { cell.appendChild(document.createTextNode(' + ')); }
        cell.appendChild(el('span', { 'class': w.repaired ? 'repaired' : '' }, w.form));
        cell.appendChild(el('span', { 'class': 'role' }, ' (' + (ROLE_NAMES[w.role] || w.role) + ')'));
      });
      row.appendChild(cell);
      segs.appendChild(row);
    });
  }

  function showTip(target) {
    var mark = target.closest('mark.mention');
    var tok = target.closest('.tok');
    var lines = [];
    if (mark) { lines.push(mark.getAttribute('title')); }
    if (tok && window.lastDoc) {
      var index = Number(tok.getAttribute('data-tok'));
      lines.push(tokenTip(window.lastDoc.tokens[index]));
      document.querySelectorAll('.tok[data-tok="' + index + '"]').forEach(function (n) { n.classList.add('hover'); });
    }
    if (!lines.length) { return; }
    tooltip.textContent = lines.join('\n');
    tooltip.classList.remove('hidden');
    var box = (mark || tok).getBoundingClientRect();
    var left = Math.max(4, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tooltip.offsetWidth - 4));
    tooltip.style.left = left + 'px';
    tooltip.style.top = (box.bottom + window.scrollY + 6) + 'px';
  }

  function hideTip() {
    tooltip.classList.add('hidden');
    document.querySelectorAll('.tok.hover').forEach(function (n) { n.classList.remove('hover'); });
  }

  output.addEventListener('mouseover', function (e) { hideTip(); showTip(e.target); });
  output.addEventListener('mouseleave', hideTip);
  output.addEventListener('focusin', function (e) { hideTip(); showTip(e.target); });
  output.addEventListener('focusout', hideTip);
  output.addEventListener('click', function (e) { hideTip(); showTip(e.target); });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = textArea.value.trim() ? textArea.value : textArea.placeholder;
    var request = { text: text };
    if (dateInput.value) { request.referenceDate = dateInput.value; }
    button.disabled = true;
    statusLine.className = '';
    statusLine.textContent = 'جارٍ التحليل…';
    fetch('/v1/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request) })
      .then(function (response) {
        return response.text().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
      })
      .then(function (answer) {
        var json = JSON.parse(answer.body);
        if (!answer.ok) { throw new Error(answer.status + ': ' + json.error); }
        window.lastDoc = json;
        render(json);
        if (lastUrl) { URL.revokeObjectURL(lastUrl); }
        lastUrl = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
        download.href = lastUrl;
        download.classList.remove('hidden');
        result.classList.remove('hidden');
        statusLine.textContent = (json.mentions || []).length + ' إشارة، ' + (json.tokens || []).length + ' رمزًا'
          + (json.errors ? ' — أخطاء: ' + json.errors.map(function (x) { return x.extractor + ': ' + x.message; }).join('؛ ') : '');
        statusLine.setAttribute('data-done', 'true');
      })
      .catch(function (error) {
        statusLine.className = 'error';
        statusLine.textContent = 'تعذّر التحليل: ' + error.message;
      })
      .then(function () { button.disabled = false; });
  });
})();
