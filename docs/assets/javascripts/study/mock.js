// Mock interview: a track and a length, then one question at a time with a running clock and a
// suggested time; reveal, tick the key points covered, see the follow-ups as prompts (their answers
// behind toggles); a summary at the end, kept in the history. The session is saved after every
// step, so a closed tab resumes where it stopped.
(function () {
  "use strict"
  var MLIP = window.MLIP
  var LENGTHS = [5, 8, 12]
  // A loop warms up, then goes deep: the share of each level in an interview.
  var MIX = { beginner: 0.2, intermediate: 0.4, advanced: 0.4 }
  var SUGGESTED = { beginner: 180, intermediate: 300, advanced: 420, design: 900 }

  function element(tag, className, text) {
    var el = document.createElement(tag)
    if (className) el.className = className
    if (text !== undefined) el.textContent = text
    return el
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds))
    var m = Math.floor(seconds / 60)
    var s = seconds % 60
    return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s
  }

  function shuffled(list, random) {
    var out = list.slice()
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1))
      var t = out[i]; out[i] = out[j]; out[j] = t
    }
    return out
  }

  // Pure: the questions of a mock interview of `length` on `track` (all questions if ""), levels
  // mixed as MIX says, easier first; at most one question per topic until every topic is used.
  function pick(questions, track, length, random) {
    var pool = questions.filter(function (q) { return !track || q.tracks.indexOf(track) >= 0 })
    var counts = {}
    var left = length
    Object.keys(MIX).forEach(function (level, i, all) {
      counts[level] = i === all.length - 1 ? left : Math.max(1, Math.round(length * MIX[level]))
      left -= counts[level]
    })
    var chosen = []
    Object.keys(MIX).forEach(function (level) {
      var usedTopics = {}
      chosen.forEach(function (q) { usedTopics[q.topic] = true })
      var candidates = shuffled(pool.filter(function (q) { return q.level === level }), random)
      candidates.sort(function (a, b) { return (usedTopics[a.topic] ? 1 : 0) - (usedTopics[b.topic] ? 1 : 0) })
      var taken = candidates.slice(0, counts[level])
      chosen = chosen.concat(taken)
    })
    if (chosen.length < length) {
      var rest = shuffled(pool.filter(function (q) { return chosen.indexOf(q) < 0 }), random)
      chosen = chosen.concat(rest.slice(0, length - chosen.length))
    }
    return chosen
  }

  function suggested(q) {
    return q.tags.indexOf("system-design") >= 0 ? SUGGESTED.design : SUGGESTED[q.level]
  }

  // Pure: the summary of a finished session: time and points per question, and the topics with
  // the lowest share of key points covered first.
  function summarise(session, byId) {
    var items = session.items.map(function (item) {
      var q = byId[item.id]
      return {
        id: item.id, title: q ? q.text : item.id, topic: q ? q.topic : "", url: q ? q.url : "",
        seconds: Math.round(item.seconds), suggested: item.suggested,
        covered: item.covered.length, total: q ? q.points.length : 0
      }
    })
    var topics = {}
    items.forEach(function (it) {
      var t = (topics[it.topic] = topics[it.topic] || { topic: it.topic, covered: 0, total: 0 })
      t.covered += it.covered
      t.total += it.total
    })
    var weakest = Object.keys(topics).map(function (k) { return topics[k] }).filter(function (t) { return t.total })
    weakest.sort(function (a, b) { return a.covered / a.total - b.covered / b.total })
    return {
      id: session.id, track: session.track, started: session.started, finished: new Date().toISOString(),
      items: items, weakest: weakest.slice(0, 3)
    }
  }

  document$.subscribe(function () {
    var box = document.getElementById("mock-interview")
    if (box) MLIP.loadIndex().then(function (index) { mock(box, index) })
  })

  function mock(box, index) {
    var byId = {}
    index.questions.forEach(function (q) { byId[q.id] = q })
    var topicTitle = {}
    index.topics.forEach(function (t) { topicTitle[t.slug] = t.title })
    var ticker = null
    var segmentStart = null // when the clock of the current question last started

    function session() { return MLIP.progress.mock() }

    function save(s) { MLIP.progress.setMock(s) }

    function elapsed(s) {
      var item = s.items[s.position]
      return item.seconds + (segmentStart ? (Date.now() - segmentStart) / 1000 : 0)
    }

    function pauseClock() {
      var s = session()
      if (!s || segmentStart === null) return
      s.items[s.position].seconds = elapsed(s)
      segmentStart = null
      save(s)
    }

    function stopTicker() {
      if (ticker) clearInterval(ticker)
      ticker = null
    }

    function setup() {
      stopTicker()
      box.textContent = ""
      var form = element("form", "study-filters mock-setup")
      form.setAttribute("aria-label", "Mock interview settings")
      var trackLabel = element("label", "study-field", "Track ")
      var track = element("select")
      track.name = "track"
      var any = element("option", "", "All topics")
      any.value = ""
      track.appendChild(any)
      index.tracks.forEach(function (t) {
        var o = element("option", "", t.title)
        o.value = t.slug
        track.appendChild(o)
      })
      trackLabel.appendChild(track)
      var lengthLabel = element("label", "study-field", "Questions ")
      var length = element("select")
      length.name = "length"
      LENGTHS.forEach(function (n) {
        var o = element("option", "", String(n))
        o.value = String(n)
        length.appendChild(o)
      })
      lengthLabel.appendChild(length)
      var start = MLIP.button("Start the interview", function () {
        var chosen = pick(index.questions, track.value, Number(length.value), Math.random)
        var s = {
          id: "mock-" + Date.now(), track: track.value, started: new Date().toISOString(), position: 0,
          items: chosen.map(function (q) { return { id: q.id, suggested: suggested(q), seconds: 0, covered: [], revealed: false } })
        }
        save(s)
        segmentStart = Date.now()
        ask()
      }, "mock-start")
      form.addEventListener("submit", function (e) { e.preventDefault() })
      form.append(trackLabel, lengthLabel, start)
      box.appendChild(form)
      history()
    }

    function history() {
      var past = MLIP.progress.mocks()
      if (!past.length) return
      box.appendChild(element("h2", "", "Your past interviews"))
      var list = element("ul", "mock-history")
      past.slice().reverse().forEach(function (m) {
        var covered = m.items.reduce(function (a, it) { return a + it.covered }, 0)
        var total = m.items.reduce(function (a, it) { return a + it.total }, 0)
        var time = m.items.reduce(function (a, it) { return a + it.seconds }, 0)
        list.appendChild(element("li", "", new Date(m.finished).toLocaleString() + ": " + m.items.length +
          " questions, " + covered + " of " + total + " key points, " + clock(time)))
      })
      box.appendChild(list)
    }

    function resumeOffer(s) {
      box.textContent = ""
      var p = element("p", "mock-resume-note", "You have an interview in progress: question " + (s.position + 1) + " of " + s.items.length + ".")
      var resume = MLIP.button("Resume the interview", function () { segmentStart = Date.now(); ask() }, "mock-resume")
      var drop = MLIP.button("Abandon it", function () { MLIP.progress.setMock(null); setup() }, "mock-abandon")
      box.append(p, resume, drop)
    }

    function ask() {
      var s = session()
      var item = s.items[s.position]
      var q = byId[item.id]
      box.textContent = ""
      var head = element("div", "mock-head")
      var counter = element("span", "mock-counter", "Question " + (s.position + 1) + " of " + s.items.length)
      var timer = element("span", "mock-timer", clock(elapsed(s)))
      timer.setAttribute("role", "timer")
      timer.setAttribute("aria-label", "Time on this question")
      var hint = element("span", "mock-suggested", "suggested " + clock(item.suggested))
      head.append(counter, timer, hint)
      var meta = element("p", "practice-meta", q.meta)
      var title = element("h2", "practice-question mock-question")
      title.innerHTML = q.title
      var reveal = MLIP.button(item.revealed ? "Hide answer" : "Reveal answer", function () {
        var cur = session()
        cur.items[cur.position].revealed = !cur.items[cur.position].revealed
        save(cur)
        showAnswer(cur.items[cur.position].revealed)
      }, "mock-reveal")
      var nextLabel = s.position + 1 < s.items.length ? "Next question" : "Finish and see the summary"
      var next = MLIP.button(nextLabel, advance, "mock-next")
      var buttons = element("div", "practice-buttons")
      buttons.append(reveal, next)
      var answer = element("div", "practice-answer mock-answer")
      answer.innerHTML = "<h3>Short answer</h3>" + q.short
      var checklist = element("fieldset", "mock-checklist")
      checklist.appendChild(element("legend", "", "Key points you covered"))
      q.points.forEach(function (point, i) {
        var label = element("label", "mock-point")
        var box_ = element("input")
        box_.type = "checkbox"
        box_.checked = item.covered.indexOf(i) >= 0
        box_.addEventListener("change", function () {
          var cur = session()
          var covered = cur.items[cur.position].covered.filter(function (x) { return x !== i })
          if (box_.checked) covered.push(i)
          cur.items[cur.position].covered = covered.sort()
          save(cur)
        })
        var text = element("span")
        text.innerHTML = point
        label.append(box_, text)
        checklist.appendChild(label)
      })
      answer.appendChild(checklist)
      if (q.follow.length) {
        answer.appendChild(element("h3", "", "Follow-up questions: answer them too"))
        q.follow.forEach(function (f) {
          var d = element("details", "follow-up-answer mock-follow-up")
          var sum = element("summary")
          sum.innerHTML = f[0]
          d.appendChild(sum)
          var body = element("div")
          body.innerHTML = f[1] || "<p>No model answer: think it through.</p>"
          d.appendChild(body)
          answer.appendChild(d)
        })
      }
      var full = element("a", "practice-full", "Full answer on its page")
      full.href = MLIP.siteUrl(q.url)
      full.target = "_blank"
      answer.appendChild(full)
      function showAnswer(visible) {
        answer.hidden = !visible
        reveal.textContent = visible ? "Hide answer" : "Reveal answer"
        reveal.setAttribute("aria-expanded", String(visible))
      }
      box.append(head, meta, title, buttons, answer)
      showAnswer(item.revealed)
      MLIP.typeset(box)
      stopTicker()
      ticker = setInterval(function () { timer.textContent = clock(elapsed(session())) }, 250)
    }

    function advance() {
      pauseClock()
      var s = session()
      if (s.position + 1 < s.items.length) {
        s.position += 1
        save(s)
        segmentStart = Date.now()
        ask()
      } else {
        var summary = summarise(s, byId)
        MLIP.progress.finishMock(summary)
        report(summary)
      }
    }

    function report(summary) {
      stopTicker()
      box.textContent = ""
      box.appendChild(element("h2", "mock-summary-title", "Summary"))
      var wrap = element("div", "md-typeset__table")
      var table = element("table", "mock-summary")
      var head = table.createTHead().insertRow()
      ;["Question", "Time", "Key points"].forEach(function (h) {
        var th = element("th", "", h)
        th.scope = "col"
        head.appendChild(th)
      })
      var body = table.createTBody()
      summary.items.forEach(function (it) {
        var row = body.insertRow()
        var link = element("a", "", it.title)
        link.href = MLIP.siteUrl(it.url)
        row.insertCell().appendChild(link)
        row.insertCell().textContent = clock(it.seconds) + " / " + clock(it.suggested)
        row.insertCell().textContent = it.covered + " of " + it.total
      })
      wrap.appendChild(table)
      box.appendChild(wrap)
      if (summary.weakest.length) {
        box.appendChild(element("h3", "", "Review next"))
        var list = element("ul", "mock-weakest")
        summary.weakest.forEach(function (t) {
          var li = element("li")
          var link = element("a", "", topicTitle[t.topic] || t.topic)
          link.href = MLIP.siteUrl("practice.html?topic=" + encodeURIComponent(t.topic))
          li.append(link, document.createTextNode(": " + t.covered + " of " + t.total + " key points covered"))
          list.appendChild(li)
        })
        box.appendChild(list)
      }
      box.appendChild(MLIP.button("Another interview", setup, "mock-again"))
    }

    // Leaving the page stops this question's clock; coming back resumes it.
    window.addEventListener("pagehide", pauseClock)
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") pauseClock()
      else if (session() && ticker) segmentStart = Date.now()
    })

    var s = session()
    if (s && s.items && s.items.length) resumeOffer(s)
    else setup()
  }

  MLIP.mockLogic = { pick: pick, summarise: summarise, clock: clock, MIX: MIX }
})()
