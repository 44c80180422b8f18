// Progress: everything the reader's practice leaves behind, in one versioned record kept in
// localStorage (it survives reloads and browser restarts; file:// pages share one storage):
//   {format: "ml-interview-prep-progress", version: 2,
//    known: {id: ISO date}            questions marked as known, drills marked as solved
//    cards: {id: card}                spaced-repetition cards (ts-fsrs fields, dates as ISO strings)
//    mocks: [summary]                 finished mock interviews, newest last
//    mock: session | null}            the mock interview in progress, so a closed tab can resume it
// Exported and imported as one JSON file of the same shape; version 1 files ({known}) still import.
// A record that cannot be read is never overwritten: it is copied aside and the reader is told.
(function () {
  "use strict"
  var FORMAT = "ml-interview-prep-progress"
  var KEY = "ml-interview-prep:progress:v2"
  var V1_KEY = "ml-interview-prep:known:v1"
  var listeners = []
  var problem = null // a sentence for the reader when saved progress could not be read

  function empty() {
    return { format: FORMAT, version: 2, known: {}, cards: {}, mocks: [], mock: null }
  }

  function isMap(value) {
    return !!value && typeof value === "object" && !Array.isArray(value)
  }

  // Pure: a v1 record ({id: date} of known questions) as v2. A known question with no card
  // counts as a card graded Good on the day it was marked (study/scheduler.js), so it comes back
  // for review in due time.
  function migrateV1(known) {
    var state = empty()
    Object.keys(known).forEach(function (id) {
      var when = new Date(known[id])
      state.known[id] = (isNaN(when) ? new Date(0) : when).toISOString()
    })
    return state
  }

  // Pure: check a parsed record (from storage or a file) and return it as a v2 record, or throw
  // an Error whose message says what is wrong. Unknown extra fields are ignored.
  function normalise(data) {
    if (!isMap(data) || data.format !== FORMAT) throw new Error("this is not a progress file of this guide")
    if (data.version === 1) {
      if (!isMap(data.known)) throw new Error("the file's list of known questions is damaged")
      return migrateV1(data.known)
    }
    if (data.version !== 2) throw new Error("this progress file is of version " + data.version + ", which this page does not know")
    if (!isMap(data.known) || !isMap(data.cards) || !Array.isArray(data.mocks))
      throw new Error("the progress file is damaged (known, cards or mocks missing)")
    var state = empty()
    Object.keys(data.known).forEach(function (id) { state.known[id] = String(data.known[id]) })
    Object.keys(data.cards).forEach(function (id) {
      var card = data.cards[id]
      if (!isMap(card) || isNaN(new Date(card.due))) throw new Error("the review card of '" + id + "' is damaged")
      state.cards[id] = card
    })
    state.mocks = data.mocks.filter(isMap)
    state.mock = isMap(data.mock) ? data.mock : null
    return state
  }

  // Pure: `incoming` merged into `current`: known marks and mock histories are united; of two
  // cards for one question, the one reviewed last wins. Nothing of `current` is lost.
  function merge(current, incoming) {
    var out = JSON.parse(JSON.stringify(current))
    Object.keys(incoming.known).forEach(function (id) { if (!(id in out.known)) out.known[id] = incoming.known[id] })
    Object.keys(incoming.cards).forEach(function (id) {
      var mine = out.cards[id]
      var theirs = incoming.cards[id]
      if (!mine || new Date(theirs.last_review || 0) > new Date(mine.last_review || 0)) out.cards[id] = theirs
    })
    var seen = {}
    out.mocks.forEach(function (m) { seen[m.id] = true })
    incoming.mocks.forEach(function (m) { if (!seen[m.id]) out.mocks.push(m) })
    out.mocks.sort(function (a, b) { return String(a.finished).localeCompare(String(b.finished)) })
    if (!out.mock && incoming.mock) out.mock = incoming.mock
    return out
  }

  var cache = null
  function load() {
    if (cache) return cache
    var raw = null
    try { raw = localStorage.getItem(KEY) } catch (e) { raw = null }
    if (raw !== null) {
      try {
        cache = normalise(JSON.parse(raw))
      } catch (e) {
        // Keep the unreadable record where the reader (or a fix) can still find it (once).
        var aside = Object.keys(localStorage).filter(function (k) {
          return k.indexOf(KEY + ":unreadable:") === 0 && localStorage.getItem(k) === raw
        })[0]
        if (!aside) {
          aside = KEY + ":unreadable:" + new Date().toISOString()
          try { localStorage.setItem(aside, raw) } catch (ignored) { /* storage full: it stays under KEY */ }
        }
        problem = "Your saved progress could not be read (" + e.message + "). It was kept under '" + aside +
          "'; practice starts afresh, and importing an exported file restores it."
        cache = empty()
      }
      return cache
    }
    var v1 = null
    try { v1 = JSON.parse(localStorage.getItem(V1_KEY) || "null") } catch (e) { v1 = null }
    cache = isMap(v1) ? migrateV1(v1) : empty()
    return cache
  }

  function save(state) {
    cache = state
    localStorage.setItem(KEY, JSON.stringify(state))
    listeners.forEach(function (fn) { fn(state) })
  }

  function update(change) {
    var state = JSON.parse(JSON.stringify(load()))
    change(state)
    save(state)
  }

  var progress = {
    state: load,
    problem: function () { load(); return problem },
    known: function () { return load().known },
    isKnown: function (id) { return Object.prototype.hasOwnProperty.call(load().known, id) },
    setKnown: function (id, yes) {
      update(function (s) {
        if (yes) s.known[id] = new Date().toISOString()
        else delete s.known[id]
      })
    },
    card: function (id) { return load().cards[id] || null },
    setCard: function (id, card) { update(function (s) { s.cards[id] = card }) },
    mock: function () { return load().mock },
    setMock: function (session) { update(function (s) { s.mock = session }) },
    finishMock: function (summary) { update(function (s) { s.mocks.push(summary); s.mock = null }) },
    mocks: function () { return load().mocks },
    reset: function () { save(empty()) },
    onChange: function (fn) { listeners.push(fn) },
    toJSON: function () { return JSON.stringify(load(), null, 1) },
    // Merge a progress file into what is stored; throws (and changes nothing) if it is not one.
    fromJSON: function (text) {
      var data
      try { data = JSON.parse(text) } catch (e) { throw new Error("the file is not JSON") }
      var incoming = normalise(data)
      save(merge(load(), incoming))
      return incoming
    },
    count: function (ids) {
      var known = load().known
      return { known: ids.filter(function (id) { return id in known }).length, total: ids.length }
    }
  }

  // Another tab changed the progress: keep this one in step.
  window.addEventListener("storage", function (event) {
    if (event.key !== KEY) return
    cache = null
    var state = load()
    listeners.forEach(function (fn) { fn(state) })
  })

  function button(label, onClick, className) {
    var b = document.createElement("button")
    b.type = "button"
    b.className = "md-button study-button" + (className ? " " + className : "")
    b.textContent = label
    b.addEventListener("click", onClick)
    return b
  }

  // Reset, export and import controls, used on the home page and the practice page.
  function controls() {
    var box = document.createElement("div")
    box.className = "study-controls"
    var status = document.createElement("span")
    status.className = "study-status"
    status.setAttribute("role", "status")
    if (progress.problem()) status.textContent = progress.problem()
    var file = document.createElement("input")
    file.type = "file"
    file.accept = "application/json,.json"
    file.hidden = true
    file.setAttribute("aria-label", "Progress file to import")
    file.addEventListener("change", function () {
      var chosen = file.files && file.files[0]
      if (!chosen) return
      var reader = new FileReader()
      reader.onload = function () {
        try {
          var got = progress.fromJSON(String(reader.result))
          status.textContent = "Imported " + Object.keys(got.known).length + " known questions, " +
            Object.keys(got.cards).length + " review cards and " + got.mocks.length + " mock interviews."
        } catch (e) {
          status.textContent = "Could not import: " + e.message + ". Your progress is unchanged."
        }
        file.value = ""
      }
      reader.readAsText(chosen)
    })
    box.appendChild(button("Export progress", function () {
      var link = document.createElement("a")
      link.href = URL.createObjectURL(new Blob([progress.toJSON()], { type: "application/json" }))
      link.download = "ml-interview-prep-progress.json"
      document.body.appendChild(link)
      link.click()
      link.remove()
    }, "study-export"))
    box.appendChild(button("Import progress", function () { file.click() }, "study-import"))
    box.appendChild(button("Reset progress", function () {
      if (window.confirm("Forget your known marks, review schedule and mock interviews?")) progress.reset()
    }, "study-reset"))
    box.appendChild(file)
    box.appendChild(status)
    return box
  }

  window.MLIP = window.MLIP || {}
  window.MLIP.progress = progress
  window.MLIP.progressLogic = { migrateV1: migrateV1, normalise: normalise, merge: merge, empty: empty, KEY: KEY, V1_KEY: V1_KEY }
  window.MLIP.button = button
  window.MLIP.progressControls = controls
})()
