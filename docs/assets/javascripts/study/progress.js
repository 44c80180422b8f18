// Progress: which questions the reader marked as known, kept in localStorage so it survives
// reloads and browser restarts (from disk too: file:// pages share one storage). Exported and
// imported as a small JSON file to move between devices. No server, no other host.
(function () {
  "use strict"
  var KEY = "ml-interview-prep:known:v1"
  var listeners = []

  function read() {
    try {
      var value = JSON.parse(localStorage.getItem(KEY) || "{}")
      return value && typeof value === "object" && !Array.isArray(value) ? value : {}
    } catch (e) {
      return {}
    }
  }

  function write(known) {
    localStorage.setItem(KEY, JSON.stringify(known))
    listeners.forEach(function (fn) { fn(known) })
  }

  var progress = {
    known: read,
    isKnown: function (id) { return Object.prototype.hasOwnProperty.call(read(), id) },
    setKnown: function (id, yes) {
      var known = read()
      if (yes) known[id] = new Date().toISOString()
      else delete known[id]
      write(known)
    },
    reset: function () { write({}) },
    onChange: function (fn) { listeners.push(fn) },
    // The exported file: {"format": "ml-interview-prep-progress", "version": 1, "known": {id: date}}
    toJSON: function () {
      return JSON.stringify({ format: "ml-interview-prep-progress", version: 1, known: read() }, null, 1)
    },
    fromJSON: function (text) {
      var data = JSON.parse(text)
      if (!data || data.format !== "ml-interview-prep-progress" || typeof data.known !== "object" || Array.isArray(data.known))
        throw new Error("not a progress file of this guide")
      var known = read()
      Object.keys(data.known).forEach(function (id) { known[id] = String(data.known[id]) })
      write(known)
      return Object.keys(data.known).length
    },
    // known / total for a list of question ids
    count: function (ids) {
      var known = read()
      return { known: ids.filter(function (id) { return id in known }).length, total: ids.length }
    }
  }

  // Another tab changed the progress: keep this one in step.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) listeners.forEach(function (fn) { fn(read()) })
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
          status.textContent = "Imported " + progress.fromJSON(String(reader.result)) + " known questions."
        } catch (e) {
          status.textContent = "Could not import: " + e.message
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
      if (window.confirm("Forget which questions you marked as known?")) progress.reset()
    }, "study-reset"))
    box.appendChild(file)
    box.appendChild(status)
    return box
  }

  window.MLIP = window.MLIP || {}
  window.MLIP.progress = progress
  window.MLIP.button = button
  window.MLIP.progressControls = controls
})()
