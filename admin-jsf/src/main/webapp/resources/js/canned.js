/* Canned replies by shortcut in the chat's reply box: "/" followed by the first letters of a shortcut narrows the
   canned list to the shortcuts that begin so, and Enter or Tab puts the one meant (the exact shortcut, or the only
   one left) into the box, to be edited before sending. Listens in the capture phase so that Enter inserts instead of
   sending (handoff.js sends on Enter in the bubble phase). No inline scripts: the console's CSP forbids them. */
(function () {
  'use strict';

  var SHORTCUT = /^\/(\S*)$/;

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('.canned-item'));
  }

  function shortcutOf(item) {
    var title = item.querySelector('.canned-title');
    return title ? title.textContent.trim().toLowerCase() : '';
  }

  /* The items whose shortcut begins with the typed letters; all of them for a bare "/". */
  function matching(word) {
    return items().filter(function (item) {
      return shortcutOf(item).indexOf(word) === 0;
    });
  }

  function show(list) {
    items().forEach(function (item) {
      item.hidden = list.indexOf(item) < 0;
    });
  }

  /* The exact shortcut wins; otherwise only an unambiguous prefix picks a reply. */
  function chosen(word) {
    var list = matching(word);
    var exact = list.filter(function (item) {
      return shortcutOf(item) === word;
    });
    return exact.length === 1 ? exact[0] : list.length === 1 ? list[0] : null;
  }

  function onInput(event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains('chat-reply')) {
      return;
    }
    var typed = SHORTCUT.exec(box.value);
    if (typed) {
      show(matching(typed[1].toLowerCase()));
    } else if (box.dataset.shortcut === 'on') {
      show(items());
    }
    box.dataset.shortcut = typed ? 'on' : 'off';
  }

  function onKey(event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains('chat-reply') || event.isComposing
        || (event.key !== 'Enter' && event.key !== 'Tab') || event.shiftKey) {
      return;
    }
    var typed = SHORTCUT.exec(box.value);
    var item = typed && typed[1] !== '' ? chosen(typed[1].toLowerCase()) : null;
    // "/gr" is never meant as a message: Enter with an unfinished shortcut sends nothing; Tab then moves on as usual
    if (typed && event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
    }
    if (!item) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    box.value = item.querySelector('.canned-body').textContent;
    box.dataset.shortcut = 'off';
    show(items());
    box.setSelectionRange(box.value.length, box.value.length);
  }

  document.addEventListener('input', onInput);
  document.addEventListener('keydown', onKey, true);
}());
