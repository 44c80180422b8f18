// Home page: the reader's progress per level and per topic, with reset, export and import.
(function () {
  "use strict"
  var MLIP = window.MLIP

  function table(caption, groups, field, index) {
    var t = document.createElement("table")
    var cap = document.createElement("caption")
    cap.textContent = caption
    t.appendChild(cap)
    var head = t.createTHead().insertRow()
    ;["", "Known", "Total"].forEach(function (h) {
      var th = document.createElement("th")
      th.textContent = h
      th.scope = "col"
      head.appendChild(th)
    })
    var body = t.createTBody()
    groups.forEach(function (g) {
      var ids = index.questions.filter(function (q) { return q[field] === g.slug }).map(function (q) { return q.id })
      var c = MLIP.progress.count(ids)
      var row = body.insertRow()
      row.dataset.group = g.slug
      var th = document.createElement("th")
      th.scope = "row"
      th.textContent = g.title
      row.appendChild(th)
      row.insertCell().textContent = c.known
      row.insertCell().textContent = c.total
    })
    return t
  }

  // The counts are redrawn on every change; the controls (and their status line) stay.
  function drawCounts(area, index) {
    area.textContent = ""
    var all = MLIP.progress.count(index.questions.map(function (q) { return q.id }))
    var p = document.createElement("p")
    p.className = "study-total"
    p.textContent = "You marked " + all.known + " of " + all.total + " questions as known."
    area.appendChild(p)
    var grid = document.createElement("div")
    grid.className = "study-progress-tables"
    grid.appendChild(table("By level", index.levels, "level", index))
    grid.appendChild(table("By topic", index.topics, "topic", index))
    area.appendChild(grid)
  }

  // "Due today: N" beside the Start practising button, from the review schedule.
  function drawDue(line, index) {
    var q = MLIP.scheduler.queue(index.questions, MLIP.progress.state(), new Date(), 10)
    line.textContent = "Due today: " + q.due.length + (q.fresh.length ? " · " + q.fresh.length + " new" : "")
  }

  document$.subscribe(function () {
    var due = document.getElementById("study-due")
    if (due) {
      var line = document.createElement("p")
      line.className = "study-due-count"
      line.setAttribute("role", "status")
      due.insertBefore(line, due.firstChild)
      Promise.all([MLIP.loadCatalogue(), MLIP.scheduler.load()]).then(function (loaded) {
        drawDue(line, loaded[0])
        MLIP.progress.onChange(function () { drawDue(line, loaded[0]) })
      })
    }
  })

  document$.subscribe(function () {
    var box = document.getElementById("study-progress")
    if (!box) return
    MLIP.loadCatalogue().then(function (index) {
      var area = document.createElement("div")
      box.textContent = ""
      box.append(area, MLIP.progressControls())
      drawCounts(area, index)
      MLIP.progress.onChange(function () { drawCounts(area, index) })
    })
  })
})()
