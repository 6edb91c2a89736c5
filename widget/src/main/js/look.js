/** The widget's constant look and markup: its own CSS inside the Shadow DOM, and the empty skeleton it fills in. */

/** The style sheet; the launcher and panel sit on the given side ('left' or 'right'). */
export function css(side) {
  return `:host{all:initial!important}
:where(.w,.w *){box-sizing:border-box;margin:0;padding:0;border:0;background:none;font:inherit;color:inherit;text-align:start;letter-spacing:normal;text-transform:none;float:none}
.w{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Tahoma,"Noto Sans Arabic",Arial,sans-serif;color:#1d2329;-webkit-text-size-adjust:100%}
[hidden]{display:none!important}
button{cursor:pointer;border-radius:8px}button:disabled{cursor:default;opacity:.55}
:focus-visible{outline:3px solid #f2a900!important;outline-offset:2px}
.launch{position:fixed;bottom:20px;${side}:20px;z-index:2147483000;width:58px;height:58px;border-radius:50%;background:#0e6e68;color:#fff;display:grid;place-items:center;box-shadow:0 4px 14px rgba(0,0,0,.28)}
.launch svg{width:28px;height:28px;fill:currentColor;display:block}
.launch:not([data-n="0"])::after{content:attr(data-n);position:absolute;top:-4px;right:-4px;padding:0 7px;border-radius:11px;background:#c62828;font:700 13px/22px sans-serif}
.panel{position:fixed;bottom:90px;${side}:20px;z-index:2147483001;width:380px;height:min(620px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden}
header{display:flex;align-items:center;gap:6px;padding:10px 12px;background:#0e6e68;color:#fff}
h2{flex:1;font-size:17px;font-weight:700}h2:focus{outline:0!important}
.langs{display:flex;gap:2px}.langs button,.x{min-width:34px;height:34px;padding:0 6px;color:#fff;font-size:14px}
.langs button[aria-pressed=true]{background:rgba(255,255,255,.25);font-weight:700}.x{font-size:22px;line-height:1}
.banner{padding:8px 12px;font-size:14px;background:#fff4d6;color:#5c4400;display:block}.banner.human_active{background:#dff5e6;color:#14532d}.banner.resolved{background:#e7edf3;color:#263545}
.scroll{flex:1;overflow-y:auto;padding:12px;position:relative;background:#f4f6f8;overscroll-behavior:contain}
.log{display:flex;flex-direction:column;gap:8px}
.m{max-width:88%;padding:8px 11px;border-radius:12px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08);display:block}
.m.me{align-self:flex-end;background:#0e6e68;color:#fff}.m.agent{background:#e6f0ff}.m.sys{align-self:center;background:none;box-shadow:none;color:#52606d;font-size:14px;text-align:center}
.m.sys .opt{display:inline-block;width:auto;margin:6px 3px 0}
.tx>*{margin-bottom:6px}.tx>:last-child{margin:0}ul,ol{padding-inline-start:22px}ol.ai{list-style:arabic-indic}
.m:has(table){max-width:96%}table{border-collapse:collapse;font-size:13px;display:block;overflow-x:auto}td{padding:2px 4px;border-bottom:1px solid #e3e7eb;white-space:nowrap;overflow-wrap:normal}td:last-child{white-space:normal}pre{font:13px monospace;overflow-x:auto}
.tx{white-space:pre-wrap;overflow-wrap:anywhere;display:block}.ti{font-weight:700;display:block;margin-bottom:2px}
a{color:#0b57d0;text-decoration:underline}.me a{color:#fff}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.meta{display:flex;flex-wrap:wrap;gap:4px;margin-top:6px;font-size:12px;align-items:center}
.chip{padding:1px 8px;border-radius:10px;background:#eef1f4;color:#34414e;border:1px solid #d5dbe1;font-size:12px}
button.chip{color:#0b57d0}
.fb{display:flex;gap:4px;margin-top:4px;align-items:center;font-size:12px;color:#52606d}
.fb button{width:34px;height:30px;background:#f0f2f4;color:#52606d;display:grid;place-items:center}.fb svg{width:16px;height:16px;fill:currentColor;display:block}.fb [data-r=down] svg{transform:rotate(180deg)}.fb [aria-disabled=true]{cursor:default}.fb [aria-disabled=true]:not([aria-pressed=true]){opacity:.45}.fb button[aria-pressed=true]{background:#cfe8e6;color:#0e6e68;opacity:1}
.tree{margin-top:12px;display:flex;flex-direction:column;gap:6px}.tt{margin-top:10px;padding:4px 12px;border:1px dashed #b9d7d5;color:#0e524e}.tq{font-weight:700;font-size:15px;color:#34414e}
.opt{padding:8px 12px;background:#fff;border:1px solid #b9d7d5;color:#0e524e;border-radius:18px;display:block;width:100%}
.opt.bk{border-style:dashed;color:#52606d}
.typing{margin-top:8px;color:#52606d;font-size:14px;display:block}
.err{padding:6px 12px;background:#fdecea;color:#8a1c13;font-size:14px;display:block}
form{display:flex;gap:6px;padding:8px;border-top:1px solid #e3e7eb;background:#fff}
textarea{flex:1;resize:none;height:46px;overflow-y:auto;padding:10px;border:1px solid #c5ccd3;border-radius:10px;background:#fff;font-size:16px;display:block}
.send,.rs{padding:0 14px;background:#0e6e68;color:#fff;font-weight:700}
.human,.nc{margin:0 8px 8px;padding:8px;background:#eef1f4;color:#0e524e;font-weight:600;font-size:14px;display:block}
@media (max-width:520px){.panel{inset:0;width:auto;height:auto;border-radius:0}.open .launch{display:none}
.w button{min-height:44px;min-width:44px}.m{max-width:96%}}`;
}

/** The skeleton: constant markup of our own; every dynamic text goes in later as text. */
export const SKELETON = `<div class="w">
<button type="button" class="launch" data-n="0" aria-controls="p" aria-expanded="false"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg></button>
<section class="panel" id="p" role="dialog" aria-labelledby="h" hidden><header><h2 id="h" tabindex="-1"></h2>
<div class="langs" role="group"><button type="button" data-l="ar" lang="ar" aria-label="العربية">ع</button><button type="button" data-l="ku" lang="ku" aria-label="Kurmancî">Ku</button><button type="button" data-l="en" lang="en" aria-label="English">En</button><button type="button" data-l="ckb" lang="ckb" dir="rtl" aria-label="کوردی (سۆرانی)">سۆ</button></div>
<button type="button" class="x">×</button></header><div class="banner" role="status" hidden></div>
<div class="scroll"><div class="log" role="log" aria-live="polite"></div><div class="typing" hidden></div><button type="button" class="tt" aria-controls="tr" hidden></button><nav class="tree" id="tr"></nav></div>
<p class="err" role="alert" hidden></p><form><textarea maxlength="2000" rows="1"></textarea><button class="send" type="submit"></button></form>
<button type="button" class="human"></button></section></div>`;
