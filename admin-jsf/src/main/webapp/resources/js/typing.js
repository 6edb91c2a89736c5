/* Typing in the console's chat (issue 20): "customer is typing…" while the customer's typing signals arrive (hidden
   ~4 s after the last one, or at once when their message comes), and the agent's own typing sent to the customer
   through the remote command nuraAgentTyping, at most once per 2 s. handoff.js hands the chat websocket's typing
   messages to NuraTyping.customerTyping. No inline scripts: the console's CSP forbids them. */
var NuraTyping = (function () {
  'use strict';

  var SHOW_MS = 4000;
  var SEND_EVERY_MS = 2000;
  var hideTimer = null;
  var lastSent = 0;

  function indicator() {
    return document.getElementById('chat-typing');
  }

  function hide() {
    clearTimeout(hideTimer);
    var el = indicator();
    if (el) {
      el.hidden = true;
    }
  }

  function customerTyping() {
    var el = indicator();
    if (!el) {
      return;
    }
    el.hidden = false;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, SHOW_MS);
  }

  function onInput(event) {
    var target = event.target;
    if (!target || !target.classList || !target.classList.contains('chat-reply') || target.value.trim() === '') {
      return;
    }
    var now = Date.now();
    var page = document.getElementById('handoff-page');
    if (now - lastSent < SEND_EVERY_MS || typeof window.nuraAgentTyping !== 'function' || !page) {
      return;
    }
    lastSent = now;
    window.nuraAgentTyping([{ name: 'session', value: page.getAttribute('data-session') }]);
  }

  document.addEventListener('input', onInput);

  return { customerTyping: customerTyping, hide: hide };
}());
