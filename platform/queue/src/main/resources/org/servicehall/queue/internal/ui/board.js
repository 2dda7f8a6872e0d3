// Q7: the board's voice. Browsers refuse speechSynthesis until the page has been touched once: the
// board asks once ("点击开启语音播报"), remembers the answer in localStorage, and says on screen
// when voice is off (no voice on the device, or the browser refused it after a reload).
// `this` is the board element; data-voice is "ask" (never turned on here), "on" or "off".
const board = this;
const KEY = 'servicehall.board.voice';
const api = {
  state(value) { board.setAttribute('data-voice', value); },
  unlock() {
    if (!window.speechSynthesis) { api.state('off'); return; }
    try {
      const u = new SpeechSynthesisUtterance(' ');
      u.volume = 0;
      window.speechSynthesis.speak(u);
    } catch (e) { /* a device without voices */ }
    localStorage.setItem(KEY, 'on');
    api.state('on');
  },
  speak(texts, rate) {
    if (!window.speechSynthesis || board.getAttribute('data-voice') !== 'on') { return; }
    for (const t of texts) {
      if (!t.text) { continue; }
      const u = new SpeechSynthesisUtterance(t.text);
      u.lang = t.lang;
      u.rate = rate;
      u.onerror = e => { if (e.error === 'not-allowed') { api.state('off'); } };
      window.speechSynthesis.speak(u);
    }
  }
};
board.shVoice = api;
api.state(!window.speechSynthesis ? 'off' : localStorage.getItem(KEY) === 'on' ? 'on' : 'ask');
// one touch anywhere turns the voice on (the browser's rule); after that it is remembered
board.addEventListener('click', () => { if (board.getAttribute('data-voice') !== 'on') { api.unlock(); } });
