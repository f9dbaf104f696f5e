// Service Desk page behaviour. Loaded as a file so the Content-Security-Policy needs no inline scripts.
(function () {
  'use strict';

  // htmx requests carry the CSRF token like the forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });

  // Highlight the navigation entry of the current section.
  document.addEventListener('DOMContentLoaded', function () {
    var section = window.location.pathname.split('/')[1];
    document.querySelectorAll('#main-navigation [data-nav]').forEach(function (link) {
      if (link.getAttribute('data-nav') === section) {
        link.classList.add('active');
        link.setAttribute('aria-current', 'page');
      }
    });
  });

  // SLA countdowns: "due in …" / "overdue by …", kept current every half minute.
  function formatLeft(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var rest = minutes % 60;
    var mm = (rest < 10 ? '0' : '') + rest;
    if (days > 0) { return days + 'd ' + hours + 'h ' + mm + 'm'; }
    if (hours > 0) { return hours + 'h ' + mm + 'm'; }
    return rest + 'm';
  }
  function updateCountdowns() {
    document.querySelectorAll('.sla-countdown[data-due]').forEach(function (element) {
      var left = new Date(element.getAttribute('data-due')).getTime() - Date.now();
      var label = element.getAttribute(left > 0 ? 'data-label-due' : 'data-label-overdue');
      if (label) {
        element.textContent = label.replace('{0}', formatLeft(left));
      }
    });
  }
  setInterval(updateCountdowns, 30000);

  // The queue's view travels with the list it shows (a hidden field of the filter form inside the swapped list), so a
  // filter or sort change after a tab keeps the tab.
  document.addEventListener('htmx:afterSwap', updateCountdowns);

  // Intake: choosing a client from the search results; a category proposes its default priority.
  document.addEventListener('click', function (event) {
    var match = event.target.closest('.client-match');
    if (match) {
      document.getElementById('clientNumber').value = match.getAttribute('data-number');
      document.getElementById('clientLabel').value = match.getAttribute('data-label');
      document.getElementById('chosen-client-label').textContent = match.getAttribute('data-label');
      document.getElementById('chosen-client').classList.remove('d-none');
      document.getElementById('client-matches').innerHTML = '';
      return;
    }
    if (event.target.id === 'clear-client') {
      document.getElementById('clientNumber').value = '';
      document.getElementById('clientLabel').value = '';
      document.getElementById('chosen-client').classList.add('d-none');
      document.getElementById('client-search').focus();
    }
  });
  // Enter in the client search searches (htmx listens for it) and never sends the intake form; with exactly one
  // client listed it chooses that client.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.target.hasAttribute || !event.target.hasAttribute('data-client-search')) {
      return;
    }
    event.preventDefault();
    var matches = document.querySelectorAll('#client-matches .client-match');
    if (matches.length === 1) { matches[0].click(); }
  });
  document.addEventListener('change', function (event) {
    if (event.target.id === 'category' && document.getElementById('intake-form')) {
      var option = event.target.selectedOptions[0];
      var priority = option && option.getAttribute('data-priority');
      if (priority) {
        document.getElementById('priority').value = priority;
      }
    }
  });

  // Text fields with a limit (data-count and maxlength) say how much of it is used, e.g. "120 / 20000".
  function showCount(field) {
    var counter = field.nextElementSibling;
    if (!counter || !counter.classList.contains('text-count')) {
      counter = document.createElement('div');
      counter.className = 'form-text text-end text-count';
      counter.setAttribute('aria-live', 'polite');
      field.insertAdjacentElement('afterend', counter);
    }
    var template = document.documentElement.getAttribute('data-count-label') || '{0} / {1}';
    counter.textContent = template.replace('{0}', field.value.length).replace('{1}', field.getAttribute('maxlength'));
  }
  function showCounts() {
    document.querySelectorAll('[data-count][maxlength]').forEach(showCount);
  }
  document.addEventListener('DOMContentLoaded', showCounts);
  document.addEventListener('htmx:afterSettle', showCounts);
  document.addEventListener('input', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-count') && event.target.hasAttribute('maxlength')) {
      showCount(event.target);
    }
  });

  // The forms of a queue's saved views stay while filters swap the list under them, so as they are sent they take the
  // queue's parameters from the address, which htmx keeps current (data-current-query: its query string;
  // data-current-address: the page to come back to).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.querySelectorAll) {
      return;
    }
    form.querySelectorAll('input[data-current-query]').forEach(function (input) {
      input.value = window.location.search.replace(/^\?/, '');
    });
    form.querySelectorAll('input[data-current-address]').forEach(function (input) {
      input.value = window.location.pathname + window.location.search;
    });
  }, true);

  // The bell's count (and the home page's dashboard) is fetched again every 30 seconds while the person is at work on the page (a key, a click or a
  // scroll within the last two minutes, the tab visible); an idle page asks nothing, so it keeps no session alive.
  var lastActivity = Date.now();
  ['keydown', 'click', 'scroll', 'mousemove', 'focus'].forEach(function (name) {
    window.addEventListener(name, function () { lastActivity = Date.now(); }, { passive: true, capture: true });
  });
  setInterval(function () {
    if (!window.htmx || document.visibilityState !== 'visible' || Date.now() - lastActivity > 120000) {
      return;
    }
    // the bell, and what else the page keeps current the same way (the home page's dashboard)
    document.querySelectorAll('[data-refresh][id]').forEach(function (element) {
      window.htmx.ajax('GET', element.getAttribute('data-refresh'), { target: '#' + element.id, swap: 'outerHTML' });
    });
  }, 30000);

  // Keyboard shortcuts of the inquiry page: r reply, n note, a assign to me, j next in queue, ? help.
  document.addEventListener('keydown', function (event) {
    if (!document.getElementById('inquiry-page') || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) {
      if (event.key === 'Escape') { target.blur(); }
      return;
    }
    function openTab(tabId, fieldId) {
      var tab = document.getElementById(tabId);
      if (tab && window.bootstrap) { window.bootstrap.Tab.getOrCreateInstance(tab).show(); }
      var field = document.getElementById(fieldId);
      if (field) { setTimeout(function () { field.focus(); }, 50); }
    }
    switch (event.key) {
      case 'r': event.preventDefault(); openTab('reply-tab', 'reply-body'); break;
      case 'n': event.preventDefault(); openTab('note-tab', 'note-body'); break;
      case 'a':
        var assign = document.getElementById('assign-to-me');
        if (assign) { event.preventDefault(); assign.click(); }
        break;
      case 'j':
        var next = document.getElementById('next-in-queue');
        if (next) { event.preventDefault(); window.location.href = next.href; }
        break;
      case '?':
        var help = document.getElementById('shortcut-help');
        if (help && window.bootstrap) { event.preventDefault(); window.bootstrap.Modal.getOrCreateInstance(help).toggle(); }
        break;
      default:
    }
  });
})();

// Forms that send files (data-upload): the limits are checked before anything is sent, and a form with files is
// sent in the background so its progress can be shown; the page it leads to (or the refusal) replaces this one.
(function () {
  'use strict';

  function format(template, value) {
    return (template || '').replace('{0}', value);
  }

  function tooLarge(form) {
    var message = null;
    form.querySelectorAll('input[type="file"][data-max-file]').forEach(function (input) {
      var max = Number(input.getAttribute('data-max-file'));
      var maxTotal = Number(input.getAttribute('data-max-total'));
      var total = 0;
      var error = input.parentElement.querySelector('.file-picker-error');
      if (error) { error.textContent = ''; }
      Array.prototype.forEach.call(input.files, function (file) {
        total += file.size;
        if (!message && file.size > max) { message = format(input.getAttribute('data-too-large'), file.name); }
      });
      if (!message && total > maxTotal) { message = input.getAttribute('data-total-too-large'); }
      if (message && error) { error.textContent = message; }
    });
    return message !== null;
  }

  function hasFiles(form) {
    return Array.prototype.some.call(form.querySelectorAll('input[type="file"]'), function (input) {
      return input.files && input.files.length > 0;
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-upload')) { return; }
    if (tooLarge(form)) { event.preventDefault(); return; }
    if (!hasFiles(form) || !window.FormData || !window.XMLHttpRequest) { return; }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
    var progress = form.querySelector('.upload-progress');
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'text/html');
    if (progress) {
      progress.classList.remove('d-none');
      request.upload.addEventListener('progress', function (progressEvent) {
        if (progressEvent.lengthComputable) { progress.value = Math.round(100 * progressEvent.loaded / progressEvent.total); }
      });
    }
    form.querySelectorAll('button[type="submit"]').forEach(function (button) { button.disabled = true; });
    request.addEventListener('load', function () {
      if (request.responseURL) { window.history.replaceState(null, '', request.responseURL); }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      form.querySelectorAll('button[type="submit"]').forEach(function (button) { button.disabled = false; });
      if (progress) { progress.classList.add('d-none'); }
    });
    request.send(data);
  });
})();
