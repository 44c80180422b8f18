// Practice: one random question at a time, answer hidden until revealed; filters; keyboard
// shortcuts j (next), r (reveal), k (known). Material keeps f, s, /, n and p.
(function () {
  "use strict"
  var MLIP = window.MLIP

  document$.subscribe(function () {
    var box = document.getElementById("practice")
    if (box) MLIP.loadIndex().then(function (index) { practise(box, index) })
  })

  function practise(box, index) {
    box.textContent = ""
    var form = MLIP.filterForm(index, false)
    var count = document.createElement("p")
    count.className = "study-count"
    count.setAttribute("role", "status")
    var card = document.createElement("section")
    card.className = "practice-card"
    card.setAttribute("aria-live", "polite")
    var meta = document.createElement("p")
    meta.className = "practice-meta"
    var title = document.createElement("h2")
    title.className = "practice-question"
    title.tabIndex = -1
    var answer = document.createElement("div")
    answer.className = "practice-answer"
    answer.hidden = true
    var full = document.createElement("a")
    full.className = "practice-full"
    full.textContent = "Full answer, example and pitfalls"
    var buttons = document.createElement("div")
    buttons.className = "practice-buttons"
    var reveal = MLIP.button("Reveal answer (r)", function () { show(true) }, "practice-reveal")
    var known = MLIP.button("Mark as known (k)", toggleKnown, "practice-known")
    var next = MLIP.button("Next question (j)", pick, "practice-next")
    buttons.append(reveal, known, next)
    card.append(meta, title, buttons, answer)
    box.append(form, count, card, MLIP.progressControls())

    var current = null

    function pick() {
      var pool = MLIP.matching(index, form)
      count.textContent = pool.length + " of " + index.questions.length + " questions match"
      if (pool.length > 1 && current) pool = pool.filter(function (q) { return q.id !== current.id })
      current = pool.length ? pool[Math.floor(Math.random() * pool.length)] : null
      card.dataset.id = current ? current.id : ""
      if (!current) {
        meta.textContent = ""
        title.textContent = "No question matches these filters."
        answer.hidden = true
        reveal.disabled = known.disabled = true
        return
      }
      reveal.disabled = known.disabled = false
      meta.textContent = current.meta
      title.innerHTML = current.title
      answer.innerHTML = "<h3>Short answer</h3>" + current.short + (current.keys ? "<h3>Key points</h3>" + current.keys : "")
      full.href = MLIP.siteUrl(current.url)
      answer.appendChild(full)
      MLIP.typeset(card)
      show(false)
      updateKnown()
    }

    function show(visible) {
      answer.hidden = !visible
      reveal.setAttribute("aria-expanded", String(visible))
      if (visible) answer.focus && answer.setAttribute("tabindex", "-1")
    }

    function updateKnown() {
      var yes = current && MLIP.progress.isKnown(current.id)
      known.setAttribute("aria-pressed", String(!!yes))
      known.textContent = yes ? "Known ✓ (k)" : "Mark as known (k)"
    }

    function toggleKnown() {
      if (current) MLIP.progress.setKnown(current.id, !MLIP.progress.isKnown(current.id))
    }

    form.addEventListener("change", pick)
    MLIP.progress.onChange(updateKnown)
    document.addEventListener("keydown", function (event) {
      var target = event.target
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return
      var action = { j: pick, r: function () { show(true) }, k: toggleKnown }[event.key]
      if (action) {
        event.preventDefault()
        action()
      }
    })
    pick()
  }
})()
