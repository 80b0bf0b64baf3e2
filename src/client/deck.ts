/**
 * The slides' show mode: one slide at a time, fitted to the screen; ← → (PageUp/PageDown) turn,
 * space pauses or resumes automatic advance, Home/End jump, Esc leaves. `?auto=15` in the address
 * starts playing at 15 s a slide (for lobby screens). No network, no inline styles: classes only.
 */
const deck = document.querySelector<HTMLElement>('[data-deck]');

if (deck) {
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const controls = deck.querySelector<HTMLElement>('.deck-controls')!;
  const playButton = deck.querySelector<HTMLButtonElement>('[data-deck-play]')!;
  const params = new URLSearchParams(location.search);
  const seconds = Math.max(3, Number(params.get('auto')) || 15);
  let current = 0;
  let timer: number | undefined;

  const show = (index: number) => {
    current = (index + slides.length) % slides.length;
    slides.forEach((s, i) => s.classList.toggle('is-current', i === current));
  };
  const setPlaying = (on: boolean) => {
    window.clearInterval(timer);
    timer = on ? window.setInterval(() => show(current + 1), seconds * 1000) : undefined;
    playButton.setAttribute('aria-pressed', String(on));
    playButton.textContent = on ? '暂停' : '自动播放';
  };
  const start = (auto: boolean) => {
    document.body.classList.add('deck-live');
    controls.hidden = false;
    show(0);
    setPlaying(auto);
    document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const stop = () => {
    setPlaying(false);
    document.body.classList.remove('deck-live');
    controls.hidden = true;
    slides.forEach((s) => s.classList.remove('is-current'));
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };

  deck.querySelectorAll<HTMLElement>('.deck-js-only').forEach((el) => (el.hidden = false));
  deck
    .querySelectorAll<HTMLButtonElement>('[data-deck-start]')
    .forEach((b) => b.addEventListener('click', () => start(b.dataset.deckStart === 'auto')));
  deck
    .querySelectorAll<HTMLButtonElement>('[data-deck-go]')
    .forEach((b) => b.addEventListener('click', () => show(current + Number(b.dataset.deckGo))));
  playButton.addEventListener('click', () => setPlaying(timer === undefined));
  deck.querySelector('[data-deck-stop]')!.addEventListener('click', stop);

  document.addEventListener('keydown', (event) => {
    if (!document.body.classList.contains('deck-live') || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => show(current + 1),
      PageDown: () => show(current + 1),
      ArrowLeft: () => show(current - 1),
      PageUp: () => show(current - 1),
      Home: () => show(0),
      End: () => show(slides.length - 1),
      ' ': () => setPlaying(timer === undefined),
      Escape: stop,
    };
    const move = moves[event.key];
    if (move && !(event.key === ' ' && (event.target as HTMLElement).closest('button'))) {
      event.preventDefault();
      move();
    }
  });

  if (params.has('auto')) start(true);
}
