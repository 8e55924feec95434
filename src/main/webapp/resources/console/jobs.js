// Live progress of the watched execution and of the pipeline, from the admin API's JSON (GET only,
// so the console session suffices; see CallerAuthentication). Every text from the server goes in
// through textContent, never as HTML.
(function () {
  'use strict';
  var panel = document.getElementById('progress');
  var pipeline = document.getElementById('pipeline');
  if (!panel) { return; }
  var api = panel.getAttribute('data-api');
  var watched = Number(panel.getAttribute('data-execution')) || 0;
  var ENDED = ['COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED'];
  var lastStatus = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }

  function refreshTables() {
    var b = document.getElementById('jobs:refresh');
    if (b) { b.click(); }
  }

  function stepLine(s, ended) {
    var read = s.read_count || 0, skipped = (s.read_skip_count || 0) + (s.process_skip_count || 0) + (s.write_skip_count || 0);
    var written = s.write_count || 0, filtered = s.filter_count || 0;
    var row = el('div', 'step');
    row.setAttribute('data-step', s.step);
    row.appendChild(el('span', 'step-name', s.step));
    var bar = el('progress');
    var counted = ('read_count' in s);
    if (typeof s.expected === 'number' && s.expected > 0) {
      bar.max = s.expected;
      // A completed step has consumed its whole input, even where the expected total counts
      // input lines that were refused rather than read (the text says what was read).
      bar.value = s.status === 'COMPLETED' ? s.expected : Math.min(s.expected, read + (s.read_skip_count || 0));
    } else if (ENDED.indexOf(s.status) >= 0 || ended) {
      bar.max = 1; bar.value = s.status === 'COMPLETED' ? 1 : 0;
    } // else: no value attribute, an indeterminate bar
    row.appendChild(bar);
    var text = counted ? ('read ' + read + ' · written ' + written + ' · skipped ' + skipped
        + (filtered ? ' · filtered ' + filtered : '') + (typeof s.expected === 'number' ? ' of ' + s.expected : ''))
      : '';
    row.appendChild(el('span', 'counts', text));
    row.appendChild(el('span', 'badge ' + s.status, s.status));
    return row;
  }

  function showExecution(e) {
    document.getElementById('progress-id').textContent = e.executionId + ' · ' + e.job;
    var status = document.getElementById('progress-status');
    status.textContent = e.status;
    status.className = 'badge ' + e.status;
    document.getElementById('progress-exit').textContent = e.exitStatus && e.exitStatus !== 'null' ? 'exit status: ' + e.exitStatus : '';
    var steps = document.getElementById('progress-steps');
    var ended = ENDED.indexOf(e.status) >= 0;
    steps.replaceChildren();
    if (!e.steps.length) { steps.appendChild(el('p', 'detail', 'starting…')); }
    e.steps.forEach(function (s) { steps.appendChild(stepLine(s, ended)); });
    if (lastStatus !== null && lastStatus !== e.status && ended) { refreshTables(); }
    lastStatus = e.status;
    return ended;
  }

  function pollExecution() {
    if (!watched) { setTimeout(pollExecution, 1000); return; }
    get(api + 'jobs/executions/' + watched).then(function (e) {
      var ended = showExecution(e);
      setTimeout(pollExecution, ended ? 5000 : 1000);
    }).catch(function (err) {
      document.getElementById('progress-exit').textContent = 'progress unavailable (' + err.message + '); retrying';
      setTimeout(pollExecution, 3000);
    });
  }

  function pollPipeline() {
    get(pipeline.getAttribute('data-api')).then(function (p) {
      var list = document.getElementById('pipeline-stages');
      list.replaceChildren();
      document.getElementById('pipeline-state').textContent = p.state === 'idle' ? 'No pipeline run yet.'
        : 'state: ' + p.state + (p.message ? ' — ' + p.message : '');
      (p.stages || []).forEach(function (s) {
        var li = el('li', 'badge ' + s.status, s.job + ': ' + s.status + (s.executionId ? ' (execution ' + s.executionId + ')' : ''));
        list.appendChild(li);
        if (p.state === 'running' && s.executionId && s.executionId !== watched && ENDED.indexOf(s.status) < 0) {
          watched = s.executionId; lastStatus = null; // follow the running stage
        }
      });
      setTimeout(pollPipeline, p.state === 'running' ? 1000 : 5000);
    }).catch(function () { setTimeout(pollPipeline, 5000); });
  }

  pollExecution();
  if (pipeline) { pollPipeline(); }
})();
