/* NURA chat widget — embed with <script src="https://HOST/widget.js" data-api="https://HOST/v1"></script> */
(function () {
  'use strict';
  var script = document.currentScript;
  var host = document.createElement('div');
  host.setAttribute('data-nura-widget', '');
  var root = host.attachShadow({ mode: 'open' });
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'NURA';
  button.setAttribute('aria-label', 'Open support chat');
  root.appendChild(button);
  (document.body || document.documentElement).appendChild(host);
  if (script) { host.dataset.api = script.getAttribute('data-api') || ''; }
})();
