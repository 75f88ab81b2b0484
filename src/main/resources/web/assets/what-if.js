// The what-if page (/frameworks/{code}/scores/{key}/what-if): recomputes the score, band and rank while the reader
// changes an answer, by calling the API's what-if (nothing is saved). Without JavaScript the form's GET does the same.
(function () {
  'use strict';
  var form = document.getElementById('what-if-form');
  if (!form || !window.fetch) {
    return;
  }
  var lang = form.getAttribute('data-lang') || 'en';
  var number = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function text(map) {
    if (!map) {
      return '';
    }
    return map[lang] || map.en || '';
  }

  function query() {
    var names = [];
    var values = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === 'hidden' || field.type === 'submit') {
        return;
      }
      if (names.indexOf(field.name) < 0) {
        names.push(field.name);
        values[field.name] = [];
      }
      if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) {
        return;
      }
      if (field.value !== '') {
        values[field.name].push(field.value);
      }
    });
    var parts = ['respondent=' + encodeURIComponent(form.getAttribute('data-respondent')),
      'edition=' + encodeURIComponent(form.getAttribute('data-edition'))];
    names.forEach(function (name) {
      parts.push(encodeURIComponent('answers[' + name + ']') + '=' + encodeURIComponent(values[name].join(' ')));
    });
    return parts.join('&');
  }

  function show(attributes) {
    var after = attributes.after;
    var score = document.getElementById('what-if-score');
    score.textContent = after.score_shown === null ? form.getAttribute('data-no-score') : number.format(after.score_shown);
    var band = document.getElementById('what-if-band');
    band.textContent = after.band_label ? text(after.band_label) : '—';
    document.getElementById('what-if-rank').textContent = after.rank === null ? '—' : String(after.rank);
    var changes = document.getElementById('what-if-changes');
    var list = document.createElement('ul');
    attributes.changed_indicators.forEach(function (c) {
      var item = document.createElement('li');
      item.textContent = text(c.title) + ': ' + number.format(c.points_before) + ' → ' + number.format(c.points_after)
        + ' / ' + number.format(c.max_points);
      list.appendChild(item);
    });
    attributes.problems.forEach(function (p) {
      var item = document.createElement('li');
      item.textContent = p.question + ': ' + text(p.message);
      list.appendChild(item);
    });
    changes.replaceChildren(list);
  }

  form.addEventListener('change', function () {
    fetch(form.getAttribute('data-api') + '?' + query(), { headers: { Accept: 'application/vnd.api+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('what-if: HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (document_) {
        show(document_.data.attributes);
      })
      .catch(function () {
        // the form still works: submitting it recomputes on the server
      });
  });
}());
