/* The agents' queue and chat pages: live updates from the Faces websockets, the title badge and the beep (the agent
   can switch the sound off; the choice stays in localStorage), the keyboard (a: accept the oldest waiting handoff;
   Enter sends, Shift+Enter is a new line) and the canned replies. No inline scripts: the console's CSP forbids them.
   Customer text only ever goes into the page through textContent, never as markup. */
var NuraHandoff = (function () {
  'use strict';

  var SOUND_KEY = 'nura.handoff.sound';
  var baseTitle = null;
  var unseen = 0;
  var audio = null;
  var seenTimer = null;

  function page() {
    return document.getElementById('handoff-page');
  }

  function soundOn() {
    try {
      return window.localStorage.getItem(SOUND_KEY) !== 'off';
    } catch (e) {
      return true;
    }
  }

  function showSound() {
    var button = document.getElementById('sound-toggle');
    var p = page();
    if (!button || !p) {
      return;
    }
    var on = soundOn();
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = on ? p.getAttribute('data-sound-on') : p.getAttribute('data-sound-off');
  }

  function toggleSound() {
    try {
      window.localStorage.setItem(SOUND_KEY, soundOn() ? 'off' : 'on');
    } catch (e) {
      // private mode without storage: the choice lasts as long as the page
    }
    showSound();
    unlockAudio();
  }

  /* Browsers start an AudioContext suspended until the user did something on the page. */
  function unlockAudio() {
    if (!audio && (window.AudioContext || window.webkitAudioContext)) {
      audio = new (window.AudioContext || window.webkitAudioContext)();
    }
    if (audio && audio.state === 'suspended') {
      audio.resume();
    }
  }

  function beep() {
    if (!soundOn()) {
      return;
    }
    unlockAudio();
    if (!audio || audio.state !== 'running') {
      return;
    }
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.25);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.25);
  }

  /* The badge counts what arrived since the agent last touched the page. */
  function notify() {
    if (baseTitle === null) {
      baseTitle = document.title;
    }
    unseen++;
    document.title = '(' + unseen + ') ' + baseTitle;
    window.NuraHandoff.alerts = (window.NuraHandoff.alerts || 0) + 1;
    beep();
  }

  function clearBadge() {
    if (baseTitle !== null) {
      document.title = baseTitle;
    }
    unseen = 0;
  }

  function typing(target) {
    if (!target) {
      return false;
    }
    var tag = target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
  }

  function onKey(event) {
    clearBadge();
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    var p = page();
    if (p && p.getAttribute('data-page') === 'queue' && (event.key === 'a' || event.key === 'A')) {
      var first = document.querySelector('.handoff-accept');
      if (first) {
        event.preventDefault();
        first.click();
      }
    }
  }

  /* ---- queue ---- */

  function mine(sessionId) {
    var rows = document.querySelectorAll('.handoff-mine');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-session') === sessionId) {
        return true;
      }
    }
    return false;
  }

  /* A new handoff, or a message in one of my chats, is news; anything else only refreshes the lists. */
  function onQueue(message) {
    if (!message) {
      return;
    }
    if (message.kind === 'new' || (message.kind === 'message' && mine(message.session))) {
      notify();
    }
    if (typeof window.nuraRefreshQueue === 'function') {
      window.nuraRefreshQueue();
    }
  }

  function tickWaits() {
    var now = Date.now();
    var waits = document.querySelectorAll('.handoff-wait[data-since]');
    for (var i = 0; i < waits.length; i++) {
      var since = parseInt(waits[i].getAttribute('data-since'), 10);
      if (since > 0) {
        waits[i].textContent = Math.max(0, Math.floor((now - since) / 60000)) + ' '
          + waits[i].getAttribute('data-unit');
      }
    }
  }

  /* ---- chat ---- */

  function line(message) {
    var p = page();
    var role = message.type === 'customer_message' ? 'customer' : 'agent';
    var div = document.createElement('div');
    div.className = 'chat-line chat-' + role + ' chat-live';
    if (message.id) {
      div.setAttribute('data-message-id', message.id);
    }
    var meta = document.createElement('div');
    meta.className = 'chat-meta';
    meta.textContent = p.getAttribute('data-label-' + role)
      + (message.agentName && role === 'agent' ? ' · ' + message.agentName : '');
    var time = document.createElement('span');
    time.className = 'chat-time';
    time.textContent = message.at ? String(message.at).substring(11, 16) : '';
    meta.appendChild(time);
    var text = document.createElement('span');
    text.className = 'chat-text customer-text';
    text.setAttribute('dir', 'auto');
    text.textContent = message.text || '';
    div.appendChild(meta);
    div.appendChild(text);
    return div;
  }

  function shown(log, id) {
    var lines = log.querySelectorAll('[data-message-id]');
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].getAttribute('data-message-id') === id) {
        return true;
      }
    }
    return false;
  }

  function onChat(message) {
    var p = page();
    var log = document.getElementById('log');
    if (!message || !p || message.session !== p.getAttribute('data-session')) {
      return;
    }
    if (message.type === 'typing') { // typing.js shows "customer is typing…" for a few seconds
      if (window.NuraTyping) {
        window.NuraTyping.customerTyping();
      }
      return;
    }
    if ((message.type === 'customer_message' || message.type === 'attachment') && window.NuraTyping) {
      window.NuraTyping.hide();
    }
    // a file (issue 20) is drawn by the server, with a signed link minted for this rendering
    if (message.type === 'status' || message.type === 'attachment') {
      if (typeof window.nuraRefreshChat === 'function') {
        window.nuraRefreshChat();
      }
      return;
    }
    if (!log || (message.id && shown(log, message.id))) {
      return;
    }
    log.appendChild(line(message));
    log.scrollTop = log.scrollHeight;
    if (message.type === 'customer_message') {
      notify();
      // the agent has the chat open: the message counts as read (one call for a burst of messages)
      clearTimeout(seenTimer);
      seenTimer = setTimeout(function () {
        if (typeof window.nuraMarkSeen === 'function') {
          window.nuraMarkSeen();
        }
      }, 300);
    }
  }

  function onComposeKey(event) {
    var target = event.target;
    if (!target || !target.classList || !target.classList.contains('chat-reply')) {
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      var send = document.getElementById('compose:send');
      if (send && target.value.trim() !== '') {
        send.click();
      }
    }
  }

  function filterCanned() {
    var search = document.getElementById('canned-search');
    var words = search ? search.value.trim().toLowerCase() : '';
    var items = document.querySelectorAll('.canned-item');
    for (var i = 0; i < items.length; i++) {
      var text = items[i].textContent.toLowerCase();
      items[i].hidden = words !== '' && text.indexOf(words) < 0;
    }
  }

  /* Puts the reply's body into the box, where the agent can still edit it before sending. */
  function insertCanned(button) {
    var body = button.querySelector('.canned-body');
    var box = document.querySelector('.chat-reply');
    if (!body || !box) {
      return;
    }
    var text = body.textContent;
    box.value = box.value.trim() === '' ? text : box.value.replace(/\s*$/, ' ') + text;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }

  function onClick(event) {
    clearBadge();
    unlockAudio();
    var target = event.target;
    if (target && target.closest) {
      if (target.closest('#sound-toggle')) {
        toggleSound();
        return;
      }
      var canned = target.closest('.canned-insert');
      if (canned) {
        insertCanned(canned);
      }
    }
  }

  function scrollLog() {
    var log = document.getElementById('log');
    if (log) {
      log.scrollTop = log.scrollHeight;
    }
  }

  function start() {
    showSound();
    scrollLog();
    tickWaits();
    setInterval(tickWaits, 15000);
    document.addEventListener('keydown', onKey);
    document.addEventListener('keydown', onComposeKey);
    document.addEventListener('click', onClick);
    document.addEventListener('input', function (event) {
      if (event.target && event.target.id === 'canned-search') {
        filterCanned();
      }
    });
    window.addEventListener('focus', clearBadge);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  return {
    onQueue: onQueue,
    onChat: onChat,
    queueRefreshed: tickWaits,
    chatUpdated: scrollLog,
    alerts: 0
  };
}());
