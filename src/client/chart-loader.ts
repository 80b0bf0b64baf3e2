/**
 * Loads the chart code (chart.js, ≈ 55 KB gzipped) only when a [data-chart] box comes within half
 * a screen of the viewport, then draws that box. The dynamic import makes line-chart.ts a chunk of
 * its own: a reader who never scrolls to a chart never downloads it. The box keeps its room
 * while it waits (charts.css), so drawing moves nothing.
 */
type Draw = (box: HTMLElement) => void;

let drawer: Promise<Draw> | undefined;
const loadDrawer = () => (drawer ??= import('./line-chart.ts').then((m) => m.drawChart));

function draw(box: HTMLElement) {
  loadDrawer().then(
    (drawChart) => drawChart(box),
    // Without its code the box would stay an empty space: give the room back to the table.
    () => box.classList.add('chart-failed'),
  );
}

// The comparison page draws its own chart from the reader's choice: its code is a chunk of its own,
// loaded from here so that every page with charts has one small entry script (and no shared chunk).
if (document.getElementById('compare-form')) void import('./compare.ts');
const boxes = document.querySelectorAll<HTMLElement>('[data-chart]:not([data-compare-chart])');
if (!('IntersectionObserver' in window)) {
  boxes.forEach(draw);
} else {
  // Watch each box's figure: in browsers without the `scripting` media feature the box itself
  // takes no room until drawn, and a box without room never intersects anything.
  const boxOf = new Map<Element, HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = boxOf.get(entry.target);
        if (!entry.isIntersecting || !box) continue;
        observer.unobserve(entry.target);
        draw(box);
      }
    },
    { rootMargin: '50% 0px' },
  );
  boxes.forEach((box) => {
    const figure = box.parentElement ?? box;
    boxOf.set(figure, box);
    observer.observe(figure);
  });
}
