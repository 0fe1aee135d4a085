// Without script, Enter in a text box presses the content editor's first button, which saves the draft. In a picker's
// search box the person means « Chercher »: press that instead. Everything else works the same without this file.
document.addEventListener('keydown', function (event) {
  var input = event.target;
  if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || !input.closest('.picker-search')) return;
  var search = input.closest('.picker-search').querySelector('button.editor-command');
  if (!search) return;
  event.preventDefault();
  search.click();
});
