// Practice: the review queue (questions due today by the spaced-repetition schedule, then new
// ones up to a daily limit) or random questions, one at a time; the answer stays hidden until
// revealed, then the reader grades how well they knew it: Again, Hard, Good or Easy.
// On a computer: r reveal, 1-4 grade, j skip, k known. Material keeps f, s, /, n and p.
(function () {
  "use strict"
  var MLIP = window.MLIP
  var NEW_PER_DAY = 10
  var LABELS = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" }

  document$.subscribe(function () {
    var box = document.getElementById("practice")
    if (!box) return
    Promise.all([MLIP.loadIndex(), MLIP.scheduler.load()]).then(function (loaded) { practise(box, loaded[0]) })
  })

  function element(tag, className, text) {
    var el = document.createElement(tag)
    if (className) el.className = className
    if (text) el.textContent = text
    return el
  }

  function days(n) {
    return n <= 0 ? "today" : n === 1 ? "1 day" : n < 60 ? n + " days" : Math.round(n / 30) + " months"
  }

  // Filters may come in the page's address: practice.html?track=llm-engineer&core=1
  function applyQuery(form) {
    var params = new URLSearchParams(location.search)
    ;["track", "level", "topic", "tag"].forEach(function (name) {
      if (params.get(name) && form.elements[name]) form.elements[name].value = params.get(name)
    })
    if (params.get("core") && form.elements.core) form.elements.core.checked = true
    if (params.get("mode") === "random") form.elements.mode.value = "random"
  }

  function practise(box, index) {
    var keyboard = window.matchMedia("(hover: hover) and (pointer: fine)").matches
    box.textContent = ""
    var status = element("p", "study-count")
    status.setAttribute("role", "status")
    var card = element("section", "practice-card")
    card.setAttribute("aria-live", "polite")
    var meta = element("p", "practice-meta")
    var title = element("h2", "practice-question")
    title.tabIndex = -1
    var buttons = element("div", "practice-buttons")
    var reveal = MLIP.button("Reveal answer", function () { show(answer.hidden) }, "practice-reveal")
    var skip = MLIP.button("Skip", next, "practice-next")
    var known = MLIP.button("Mark as known", toggleKnown, "practice-known")
    buttons.append(reveal, skip, known)
    var answer = element("div", "practice-answer")
    answer.hidden = true
    var body = element("div", "practice-body")
    var gradeBox = element("div", "practice-grades")
    gradeBox.setAttribute("role", "group")
    gradeBox.setAttribute("aria-label", "How well did you know it?")
    var gradeButtons = {}
    MLIP.scheduler.RATINGS.forEach(function (r, i) {
      gradeButtons[r] = MLIP.button(LABELS[r], function () { grade(r) }, "practice-grade practice-grade--" + r)
      gradeButtons[r].dataset.key = String(i + 1)
      gradeBox.appendChild(gradeButtons[r])
    })
    var full = element("a", "practice-full", "Full answer, example and pitfalls")
    answer.append(body, gradeBox, full)
    card.append(meta, title, buttons, answer)

    var options = element("details", "practice-options")
    options.appendChild(element("summary", "", "Filters and options"))
    var form = MLIP.filterForm(index, false)
    var modeLabel = element("label", "study-field", "Mode ")
    var mode = element("select")
    mode.name = "mode"
    ;[["review", "Review: due today, then new"], ["random", "Random question"]].forEach(function (m) {
      var o = element("option", "", m[1])
      o.value = m[0]
      mode.appendChild(o)
    })
    modeLabel.appendChild(mode)
    form.insertBefore(modeLabel, form.firstChild)
    options.appendChild(form)
    var help = element("p", "practice-help")
    help.textContent = "Say your answer aloud, reveal, then grade yourself: Again brings the question back tomorrow, " +
      "Hard, Good and Easy later and later, as the FSRS schedule decides from your past grades."
    if (keyboard) help.textContent += " Keys: r reveal, 1–4 grade, j skip, k known."
    options.appendChild(help)
    box.append(status, card, options, MLIP.progressControls())
    applyQuery(form)

    var current = null
    var skipped = {}

    function pool() {
      return MLIP.matching(index, form)
    }

    function next() {
      if (current) skipped[current.id] = true
      pick()
    }

    function pick() {
      var chosen = pool()
      var now = new Date()
      var state = MLIP.progress.state()
      if (mode.value === "random") {
        var choices = chosen.filter(function (q) { return !current || q.id !== current.id || chosen.length === 1 })
        current = choices.length ? choices[Math.floor(Math.random() * choices.length)] : null
        status.textContent = chosen.length + " of " + index.questions.length + " questions match"
      } else {
        var q = MLIP.scheduler.queue(chosen, state, now, NEW_PER_DAY)
        var line = q.due.concat(q.fresh).filter(function (item) { return !skipped[item.q.id] })
        current = line.length ? line[0].q : null
        status.textContent = "Due today: " + q.due.length + " · new left today: " + q.fresh.length
        card.dataset.kind = current && line[0].card ? "due" : "new"
      }
      draw(state, now)
    }

    function draw(state, now) {
      card.dataset.id = current ? current.id : ""
      show(false)
      if (!current) {
        meta.textContent = ""
        title.textContent = mode.value === "random" ? "No question matches these filters." :
          "Nothing left to review today. Come back tomorrow, raise the day's new questions by switching to random, or change the filters."
        reveal.disabled = skip.disabled = known.disabled = true
        return
      }
      reveal.disabled = skip.disabled = known.disabled = false
      var existing = MLIP.scheduler.cardFor(current.id, state)
      meta.textContent = current.meta + (current.core ? " · Core" : "") + (existing ? " · review" : " · new")
      title.innerHTML = current.title
      body.innerHTML = "<h3>Short answer</h3>" + current.short + (current.keys ? "<h3>Key points</h3>" + current.keys : "")
      full.href = MLIP.siteUrl(current.url)
      var after = MLIP.scheduler.preview(existing, now)
      MLIP.scheduler.RATINGS.forEach(function (r) {
        gradeButtons[r].textContent = LABELS[r] + " · " + days(after[r])
        gradeButtons[r].setAttribute("aria-label", LABELS[r] + ": again in " + days(after[r]))
      })
      MLIP.typeset(card)
      updateKnown()
    }

    function show(visible) {
      answer.hidden = !visible
      reveal.textContent = visible ? "Hide answer" : "Reveal answer"
      reveal.setAttribute("aria-expanded", String(visible))
    }

    function grade(rating) {
      if (!current || answer.hidden) return
      var now = new Date()
      var card = MLIP.scheduler.grade(MLIP.scheduler.cardFor(current.id, MLIP.progress.state()), rating, now)
      MLIP.progress.setCard(current.id, card)
      pick()
    }

    function updateKnown() {
      var yes = current && MLIP.progress.isKnown(current.id)
      known.setAttribute("aria-pressed", String(!!yes))
      known.textContent = yes ? "Known ✓" : "Mark as known"
    }

    function toggleKnown() {
      if (current) MLIP.progress.setKnown(current.id, !MLIP.progress.isKnown(current.id))
    }

    form.addEventListener("change", function () { skipped = {}; pick() })
    MLIP.progress.onChange(updateKnown)
    document.addEventListener("keydown", function (event) {
      var target = event.target
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return
      var ratings = { 1: "again", 2: "hard", 3: "good", 4: "easy" }
      var action = { j: next, r: function () { show(answer.hidden) }, k: toggleKnown }[event.key] ||
        (ratings[event.key] && function () { grade(ratings[event.key]) })
      if (action) {
        event.preventDefault()
        action()
      }
    })
    pick()
  }
})()
