/**
 * 复制 beside each embed code on a ranking page: copies the code to the clipboard and says so.
 * The buttons are hidden without JavaScript (the text boxes stay, to select by hand); where the
 * clipboard is not allowed (a page not served over HTTPS), the code is selected for Ctrl+C instead.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  const box = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
  if (!box) continue;
  const label = button.textContent;
  const say = (text: string) => {
    button.textContent = text;
    setTimeout(() => (button.textContent = label), 2500);
  };
  button.hidden = false;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(box.value);
      say('已复制');
    } catch {
      box.focus();
      box.select();
      say('已选中，请按 Ctrl+C 复制');
    }
  };
  // copy() handles its own failure, so nothing is left to wait for.
  button.addEventListener('click', () => void copy());
}
