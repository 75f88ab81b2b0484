// Skip logic on the survey form (decision 0052), a progressive enhancement: the server already hides the questions
// and sections that are not asked given the saved answers; this hides and shows them as the answers change. Each
// element with data-relevant holds its XLSForm "relevant" expression as a JSON tree made by the server:
// {t: "lit", v} | {t: "ref", n} | {t: "self"} | {t: "bin", op, l, r} | {t: "call", f, a: [...]}.
// Values follow XPath 1.0 as the server's evaluator does (org.plenum.assessment.internal.XlsFormExpression).
(function () {
  "use strict";
  var form = document.querySelector("form.survey");
  if (!form) {
    return;
  }

  function answers() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf("a.") !== 0) {
        return;
      }
      var name = el.name.substring(2);
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) {
        return;
      }
      var value = (el.value || "").trim();
      if (value === "" || hiddenByLogic(el)) {
        return;
      }
      values[name] = values[name] ? values[name] + " " + value : value;
    });
    return values;
  }

  function hiddenByLogic(el) {
    var node = el.closest("[data-relevant]");
    while (node) {
      if (node.hidden) {
        return true;
      }
      node = node.parentElement ? node.parentElement.closest("[data-relevant]") : null;
    }
    return false;
  }

  function isNumber(v) {
    return typeof v === "number";
  }

  function num(v) {
    if (typeof v === "boolean") {
      return v ? 1 : 0;
    }
    if (isNumber(v)) {
      return v;
    }
    var s = String(v).trim();
    return /^-?[0-9]*\.?[0-9]+$/.test(s) ? parseFloat(s) : NaN;
  }

  function bool(v) {
    if (typeof v === "boolean") {
      return v;
    }
    if (isNumber(v)) {
      return v !== 0 && !isNaN(v);
    }
    return String(v).length > 0;
  }

  function str(v) {
    if (typeof v === "boolean") {
      return v ? "true" : "false";
    }
    return String(v);
  }

  function tokens(v) {
    var s = str(v).trim();
    return s === "" ? [] : s.split(/\s+/);
  }

  function equal(a, b) {
    if (typeof a === "boolean" || typeof b === "boolean") {
      return bool(a) === bool(b);
    }
    if (isNumber(a) || isNumber(b)) {
      return num(a) === num(b);
    }
    return str(a) === str(b);
  }

  function value(node, values) {
    switch (node.t) {
      case "lit":
        return node.v;
      case "ref":
        return values[node.n] || "";
      case "self":
        return "";
      case "bin":
        if (node.op === "and") {
          return bool(value(node.l, values)) && bool(value(node.r, values));
        }
        if (node.op === "or") {
          return bool(value(node.l, values)) || bool(value(node.r, values));
        }
        var l = value(node.l, values);
        var r = value(node.r, values);
        switch (node.op) {
          case "=": return equal(l, r);
          case "!=": return !equal(l, r);
          case "<": return num(l) < num(r);
          case "<=": return num(l) <= num(r);
          case ">": return num(l) > num(r);
          case ">=": return num(l) >= num(r);
        }
        return false;
      case "call":
        var args = node.a.map(function (a) { return value(a, values); });
        switch (node.f) {
          case "not": return !bool(args[0]);
          case "selected": return tokens(args[0]).indexOf(str(args[1]).trim()) >= 0;
          case "count-selected": return tokens(args[0]).length;
          case "string-length": return Array.from(str(args[0])).length;
          case "regex":
            try {
              return new RegExp("^(?:" + str(args[1]) + ")$").test(str(args[0]));
            } catch (e) {
              return true;
            }
        }
        return false;
    }
    return false;
  }

  var logic = Array.prototype.map.call(form.querySelectorAll("[data-relevant]"), function (el) {
    return { el: el, tree: JSON.parse(el.getAttribute("data-relevant")) };
  });

  function update() {
    // in document order, as the server: an answer hidden above counts as unanswered below
    logic.forEach(function (item) {
      item.el.hidden = !bool(value(item.tree, answers()));
    });
    Array.prototype.forEach.call(form.querySelectorAll("p.other"), function (p) {
      var name = p.id.substring(2, p.id.length - "_other".length);
      var chosen = form.querySelector("input[name='a." + name + "'][value='other']");
      p.hidden = !(chosen && chosen.checked);
    });
  }

  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();
})();
