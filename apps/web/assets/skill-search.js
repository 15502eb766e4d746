/* global document, window, fetch */
// Progressive enhancement of the skills page's search form (served after accessible-autocomplete, in one file, on
// that page only). Without JavaScript the form lists matching skills as links; with it, suggestions appear as the
// resident types, and choosing one goes straight to its level question. Pressing Enter still sends the form.
(function () {
  var form = document.querySelector('[data-skill-search]');
  var input = form && form.querySelector('input[name="q"]');
  if (!input || !window.accessibleAutocomplete) return;
  var suggestUrl = form.getAttribute('data-suggest-url');
  var levelUrl = form.getAttribute('data-level-url');
  var idsByName = {};

  function suggest(query, populate) {
    fetch(suggestUrl + '?q=' + encodeURIComponent(query), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (skills) {
        skills.forEach(function (skill) {
          idsByName[skill.name] = skill.id;
        });
        populate(
          skills.map(function (skill) {
            return skill.name;
          }),
        );
      })
      .catch(function () {
        populate([]);
      });
  }

  var wrapper = document.createElement('div');
  wrapper.className = 'mcr-autocomplete';
  input.parentNode.insertBefore(wrapper, input);
  var typed = input.value;
  var describedBy = input.getAttribute('aria-describedby');
  input.parentNode.removeChild(input);
  window.accessibleAutocomplete({
    element: wrapper,
    id: 'q',
    name: 'q',
    defaultValue: typed,
    minLength: 2,
    showNoOptionsFound: false,
    confirmOnBlur: false,
    inputClasses: 'govuk-input',
    source: suggest,
    onConfirm: function (name) {
      var id = name && idsByName[name];
      if (id) window.location.assign(levelUrl.replace(':id', encodeURIComponent(id)));
    },
  });
  // Keep the GOV.UK hint read out with the box, as it was before enhancement.
  var box = wrapper.querySelector('input');
  if (box && describedBy) {
    var own = box.getAttribute('aria-describedby');
    box.setAttribute('aria-describedby', own ? describedBy + ' ' + own : describedBy);
  }
})();
