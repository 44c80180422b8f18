// On every page with questions: expand/collapse all, the reader's progress on this page, and per
// question a "known" toggle and a copy-link button. Printing opens every answer.
(function () {
  "use strict"
  var MLIP = window.MLIP

  function questions() {
    return Array.prototype.slice.call(document.querySelectorAll("details.qa"))
  }

  function refresh() {
    var all = questions()
    var ids = all.map(function (d) { return d.dataset.id })
    all.forEach(function (d) {
      var known = MLIP.progress.isKnown(d.dataset.id)
      d.classList.toggle("is-known", known)
      var toggle = d.querySelector(".study-known")
      if (toggle) {
        toggle.setAttribute("aria-pressed", String(known))
        toggle.textContent = known ? "Known ✓" : "Mark as known"
      }
    })
    var counter = document.querySelector(".study-page-progress")
    if (counter) {
      var c = MLIP.progress.count(ids)
      counter.textContent = "Known on this page: " + c.known + " / " + c.total
    }
  }

  function copy(text, button) {
    function done(ok) {
      button.textContent = ok ? "Link copied" : "Copy failed"
      setTimeout(function () { button.textContent = "Copy link" }, 1500)
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true) }, function () { done(false) })
    } else {
      var area = document.createElement("textarea")
      area.value = text
      document.body.appendChild(area)
      area.select()
      var ok = false
      try { ok = document.execCommand("copy") } catch (e) { ok = false }
      area.remove()
      done(ok)
    }
  }

  function setUp() {
    var all = questions()
    if (!all.length) return
    // The page reserves the toolbar's place (see render.py), so filling it shifts nothing.
    var bar = document.querySelector(".study-toolbar")
    if (bar) {
      var counter = document.createElement("span")
      counter.className = "study-page-progress"
      counter.setAttribute("role", "status")
      bar.replaceChildren(
        MLIP.button("Expand all", function () { all.forEach(function (d) { d.open = true }) }, "study-expand"),
        MLIP.button("Collapse all", function () { all.forEach(function (d) { d.open = false }) }, "study-collapse"),
        counter
      )
    }

    all.forEach(function (d) {
      var links = d.querySelector(".question-links")
      var permalink = d.querySelector(".question-permalink")
      if (!links || !permalink) return
      var known = MLIP.button("Mark as known", function () {
        MLIP.progress.setKnown(d.dataset.id, !MLIP.progress.isKnown(d.dataset.id))
      }, "study-known")
      known.setAttribute("aria-pressed", "false")
      links.insertBefore(known, links.firstChild)
      links.insertBefore(MLIP.button("Copy link", function (event) {
        copy(permalink.href, event.currentTarget)
      }, "study-copy"), known.nextSibling)
    })
    refresh()
  }

  // A link to a question (a search result, a permalink) opens its answer; Material's search
  // highlights the searched words in it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1))
    if (!id) return
    var target = document.getElementById(id)
    var details = target && target.closest("details.qa")
    if (details) {
      details.open = true
      target.scrollIntoView()
    }
  }

  MLIP.progress.onChange(refresh)
  document$.subscribe(setUp)
  document$.subscribe(openTarget)
  window.addEventListener("hashchange", openTarget)

  // Printing shows every answer (the print stylesheet covers browsers that print closed details).
  var reopened = []
  window.addEventListener("beforeprint", function () {
    reopened = questions().filter(function (d) { return !d.open })
    reopened.forEach(function (d) { d.open = true })
  })
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (d) { d.open = false })
    reopened = []
  })
})()
