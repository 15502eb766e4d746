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
  var latest = 0;

  // Answers can arrive out of order ("Py" after "Python"): only the latest question's answer fills the list, and
  // the box is aria-busy until it has, so a stale list never replaces the one the resident is moving through.
  function suggest(query, populate) {
    var asked = ++latest;
    wrapper.setAttribute('aria-busy', 'true');
    function show(names) {
      if (asked !== latest) return;
      populate(names);
      wrapper.setAttribute('aria-busy', 'false');
    }
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
        show(
          skills.map(function (skill) {
            return skill.name;
          }),
        );
      })
      .catch(function () {
        show([]);
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
