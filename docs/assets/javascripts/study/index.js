// Shared helpers over the questions the study tools read, generated from the data at build time
// (macros/client_index.py) and loaded only by the pages that need them, after the page has been
// drawn so that they never delay the first paint: the catalogue (questions-catalogue.js: titles,
// levels, topics, tags; for the home page's counts and the all-questions filters) and the index
// (questions-index.js: the catalogue plus the answers; for practice and the mock interview).
(function () {
  "use strict"
  var MLIP = (window.MLIP = window.MLIP || {})

  // Index URLs are relative to the site root; Material tells each page where that is.
  function siteUrl(path) {
    var config = JSON.parse(document.getElementById("__config").textContent)
    return new URL(config.base + "/" + path, location.href).href
  }

  // After the page's first paint: the index is a few hundred kilobytes that the page's text does
  // not need, and fetching it sooner delayed that text on slow connections.
  var painted = new Promise(function (resolve) {
    function next() { requestAnimationFrame(function () { setTimeout(resolve, 0) }) }
    if (document.readyState === "complete") next()
    else window.addEventListener("load", next, { once: true })
  })

  // A generated script that sets window[name], loaded once after the first paint.
  function loader(path, name) {
    var loaded = null
    return function () {
      if (!loaded) {
        loaded = painted.then(function () { return MLIP.loadFile(siteUrl(path)) }).then(function () { return window[name] })
      }
      return loaded
    }
  }
  var loadIndex = loader("assets/javascripts/questions-index.js", "MLIP_INDEX")
  var loadCatalogue = loader("assets/javascripts/questions-catalogue.js", "MLIP_CATALOGUE")

  function option(value, label) {
    var o = document.createElement("option")
    o.value = value
    o.textContent = label
    return o
  }

  function select(name, label, choices) {
    var wrap = document.createElement("label")
    wrap.className = "study-field"
    wrap.appendChild(document.createTextNode(label + " "))
    var s = document.createElement("select")
    s.name = name
    s.appendChild(option("", "All"))
    choices.forEach(function (c) { s.appendChild(option(c.slug, c.title)) })
    wrap.appendChild(s)
    return wrap
  }

  function checkbox(name, label) {
    var wrap = document.createElement("label")
    wrap.className = "study-field"
    var c = document.createElement("input")
    c.type = "checkbox"
    c.name = name
    wrap.appendChild(c)
    wrap.appendChild(document.createTextNode(" " + label))
    return wrap
  }

  // The filter form shared by the practice page, the mock interview and the list of all questions.
  function filterForm(index, withText) {
    var form = document.createElement("form")
    form.className = "study-filters"
    form.setAttribute("aria-label", "Filter questions")
    form.addEventListener("submit", function (e) { e.preventDefault() })
    if (withText) {
      var wrap = document.createElement("label")
      wrap.className = "study-field"
      wrap.appendChild(document.createTextNode("Text "))
      var text = document.createElement("input")
      text.type = "search"
      text.name = "text"
      wrap.appendChild(text)
      form.appendChild(wrap)
    }
    form.appendChild(select("track", "Track", index.tracks))
    form.appendChild(select("level", "Level", index.levels))
    form.appendChild(select("topic", "Topic", index.topics))
    var counts = {}
    index.questions.forEach(function (q) { q.tags.forEach(function (t) { counts[t] = (counts[t] || 0) + 1 }) })
    var tags = Object.keys(counts).sort().map(function (t) { return { slug: t, title: t + " (" + counts[t] + ")" } })
    form.appendChild(select("tag", "Tag", tags))
    form.appendChild(checkbox("core", "Core set only"))
    form.appendChild(checkbox("unknown", "Only not yet known"))
    return form
  }

  // Questions matching a filter form's current values.
  function matching(index, form) {
    var v = function (name) { return form.elements[name] ? form.elements[name].value : "" }
    var words = (v("text") || "").toLowerCase().split(/\s+/).filter(Boolean)
    var onlyUnknown = form.elements.unknown && form.elements.unknown.checked
    var onlyCore = form.elements.core && form.elements.core.checked
    return index.questions.filter(function (q) {
      if (v("track") && q.tracks.indexOf(v("track")) < 0) return false
      if (onlyCore && !q.core) return false
      if (v("level") && q.level !== v("level")) return false
      if (v("topic") && q.topic !== v("topic")) return false
      if (v("tag") && q.tags.indexOf(v("tag")) < 0) return false
      if (onlyUnknown && MLIP.progress.isKnown(q.id)) return false
      var hay = (q.text + " " + q.tags.join(" ")).toLowerCase()
      return words.every(function (w) { return hay.indexOf(w) >= 0 })
    })
  }

  MLIP.siteUrl = siteUrl
  MLIP.loadIndex = loadIndex
  MLIP.loadCatalogue = loadCatalogue
  MLIP.filterForm = filterForm
  MLIP.matching = matching
})()
