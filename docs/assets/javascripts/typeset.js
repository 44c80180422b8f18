// Math (KaTeX) and code highlighting (highlight.js), both bundled under assets/vendor/: no CDN,
// so they work offline and from disk.
//
// Both are lazy. A topic page holds hundreds of formulas and dozens of code blocks, nearly all
// inside answers that are closed on load. Typesetting them up front kept a phone's main thread
// busy for seconds and tripled the page's DOM, for answers most readers never open. So:
// - content outside closed answers is typeset when the page loads, the rest when its answer opens;
// - the libraries themselves load on first need or, on a computer, at the reader's first key or
//   mouse move (so that they are ready when the reader prints; printing typesets everything).
;(function () {
  "use strict"
  var VENDOR = new URL("../vendor/", document.currentScript.src).href
  var MATH_DELIMITERS = [
    { left: "\\(", right: "\\)", display: false },
    { left: "\\[", right: "\\]", display: true }
  ]

  // A script or stylesheet added to the page (not fetched: pages opened from disk may not fetch).
  function loadFile(url) {
    return new Promise(function (resolve, reject) {
      var el
      if (/\.css$/.test(url)) {
        el = document.createElement("link")
        el.rel = "stylesheet"
        el.href = url
      } else {
        el = document.createElement("script")
        el.src = url
      }
      el.onload = resolve
      el.onerror = function () { reject(new Error("could not load " + url)) }
      document.head.appendChild(el)
    })
  }

  function load(file) { return loadFile(VENDOR + file) }

  // Each library loads once, when first needed. In order: auto-render needs KaTeX, the
  // Dockerfile grammar needs highlight.js.
  var LIBRARIES = {
    math: function () {
      return Promise.all([
        load("katex/katex.min.css"),
        load("katex/katex.min.js").then(function () { return load("katex/auto-render.min.js") })
      ])
    },
    code: function () {
      return load("highlight/highlight.min.js").then(function () { return load("highlight/dockerfile.min.js") })
    }
  }
  var loading = {}
  function library(kind) {
    if (!loading[kind]) loading[kind] = LIBRARIES[kind]()
    return loading[kind]
  }
  function loadAll() { library("math"); library("code") }

  function kindOf(el) { return el.classList.contains("arithmatex") ? "math" : "code" }

  function pending(root, everything) {
    var found = root.querySelectorAll(".arithmatex:not([data-typeset]), pre > code:not([data-highlighted])")
    return Array.prototype.filter.call(found, function (el) {
      return everything || !el.closest("details:not([open])")
    })
  }

  // elements: from pending(), so none of them is typeset yet.
  function typesetNow(elements) {
    elements.forEach(function (el) {
      if (kindOf(el) === "math") {
        el.setAttribute("data-typeset", "")
        renderMathInElement(el, { delimiters: MATH_DELIMITERS, throwOnError: false })
      } else {
        hljs.highlightElement(el) // reads the code as text and sets data-highlighted
      }
    })
    markScrollable(elements)
  }

  // Typeset what is in root (all of it, or only what is outside closed answers), loading the
  // libraries it needs first. Returns a promise, settled once it is done.
  function typeset(root, everything) {
    var elements = pending(root, everything)
    var kinds = ["math", "code"].filter(function (kind) {
      return elements.some(function (el) { return kindOf(el) === kind })
    })
    return Promise.all(kinds.map(library)).then(function () { typesetNow(pending(root, everything)) })
  }

  // A formula or code block wider than its box scrolls sideways; keyboard users must be able to
  // reach it too. (Material does this for code blocks too, but only once one scrolls into view.)
  // All widths are read before any attribute is written, so the browser lays out the page once.
  function markScrollable(elements) {
    var wide = elements.filter(function (el) {
      return el.matches("div.arithmatex, pre > code") && !el.hasAttribute("tabindex") && el.scrollWidth > el.clientWidth + 1
    })
    wide.forEach(function (el) {
      el.tabIndex = 0
      if (el.tagName === "CODE") return
      el.setAttribute("role", "group")
      el.setAttribute("aria-label", "Formula, scrolls sideways")
    })
  }

  // KaTeX's fonts arrive after the first typesetting and widen its formulas: check again.
  if (document.fonts) {
    document.fonts.addEventListener("loadingdone", function () {
      markScrollable(Array.prototype.slice.call(document.querySelectorAll("div.arithmatex[data-typeset], pre > code[data-highlighted]")))
    })
  }

  // Material's document$ also covers pages loaded without a full reload.
  document$.subscribe(function () { typeset(document, false) })
  document.addEventListener("toggle", function (event) {
    if (event.target.open) typeset(event.target, false)
  }, true)
  window.addEventListener("beforeprint", function () { typeset(document, true) })
  // Ready for printing: on a computer, load both libraries at the reader's first key or mouse
  // move. Not on touch: a phone reader who only scrolls need not download either.
  function getReady(event) {
    if (event.type !== "keydown" && event.pointerType !== "mouse") return
    loadAll()
    window.removeEventListener("keydown", getReady)
    window.removeEventListener("pointermove", getReady)
  }
  window.addEventListener("keydown", getReady, { passive: true })
  window.addEventListener("pointermove", getReady, { passive: true })

  // For the study tools, which insert answers (with formulas) into the page and load the
  // question index when a page needs it.
  window.MLIP = window.MLIP || {}
  window.MLIP.typeset = function (root) { return typeset(root, true) }
  window.MLIP.loadFile = loadFile
})()
