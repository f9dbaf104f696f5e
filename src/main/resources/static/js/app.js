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
})();
