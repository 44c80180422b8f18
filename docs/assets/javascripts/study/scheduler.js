// Spaced repetition: when each question is due again, decided by FSRS through the ts-fsrs library
// (assets/vendor/ts-fsrs, loaded the first time a page needs it). A card is stored with its dates
// as ISO strings. Same-day learning steps are off: a grade always schedules a later day (Again:
// tomorrow), which suits questions rehearsed once a day.
(function () {
  "use strict"
  var MLIP = (window.MLIP = window.MLIP || {})
  var RATINGS = { again: 1, hard: 2, good: 3, easy: 4 }
  var DATE_FIELDS = ["due", "last_review"]
  var fsrs = null
  var loading = null

  function ready() {
    if (!loading) {
      var lib = window.FSRS ? Promise.resolve() : MLIP.loadFile(MLIP.siteUrl("assets/vendor/ts-fsrs/ts-fsrs.umd.js"))
      loading = lib.then(function () {
        fsrs = window.FSRS.fsrs(window.FSRS.generatorParameters({ enable_short_term: false, enable_fuzz: false }))
        scheduler.ready = true
        return scheduler
      })
    }
    return loading
  }

  function stored(card) {
    var out = {}
    Object.keys(card).forEach(function (k) {
      out[k] = card[k] instanceof Date ? card[k].toISOString() : card[k]
    })
    return out
  }

  function live(card) {
    var out = {}
    Object.keys(card).forEach(function (k) {
      out[k] = DATE_FIELDS.indexOf(k) >= 0 && card[k] ? new Date(card[k]) : card[k]
    })
    return out
  }

  // The card after grading it `rating` ("again" | "hard" | "good" | "easy") at `now`; a question
  // seen for the first time starts as an empty card.
  function grade(card, rating, now) {
    var start = card ? live(card) : window.FSRS.createEmptyCard(now)
    return stored(fsrs.next(start, now, RATINGS[rating]).card)
  }

  // Days until each grade would bring the card back (for the grade buttons).
  function preview(card, now) {
    var out = {}
    Object.keys(RATINGS).forEach(function (r) {
      out[r] = Math.round((new Date(grade(card, r, now).due) - now) / 86400000)
    })
    return out
  }

  // A question's card: the stored one; for a question marked known without a card (marked before
  // reviews existed, or on a topic page), a card graded Good on the day it was marked; else null.
  function cardFor(id, state) {
    if (state.cards[id]) return state.cards[id]
    if (state.known[id]) return grade(null, "good", new Date(state.known[id]))
    return null
  }

  function endOfDay(now) {
    var d = new Date(now)
    d.setHours(23, 59, 59, 999)
    return d
  }

  function sameDay(a, b) {
    return new Date(a).toDateString() === new Date(b).toDateString()
  }

  // Pure: the review queue among `questions`: cards due by the end of today, most overdue first,
  // then questions never reviewed, in the given order, as many as the daily limit of new ones
  // still allows (cards first reviewed today count against it).
  function queue(questions, state, now, newPerDay) {
    var due = []
    var fresh = []
    questions.forEach(function (q) {
      var card = cardFor(q.id, state)
      if (card) {
        if (new Date(card.due) <= endOfDay(now)) due.push({ q: q, card: card })
      } else {
        fresh.push({ q: q, card: null })
      }
    })
    due.sort(function (a, b) { return new Date(a.card.due) - new Date(b.card.due) })
    var startedToday = Object.keys(state.cards).filter(function (id) {
      var c = state.cards[id]
      return c.reps === 1 && c.last_review && sameDay(c.last_review, now)
    }).length
    var room = Math.max(0, newPerDay - startedToday)
    return { due: due, fresh: fresh.slice(0, room), newLeft: room, newTotal: fresh.length }
  }

  var scheduler = {
    ready: false,
    load: ready,
    grade: grade,
    preview: preview,
    cardFor: cardFor,
    queue: queue,
    RATINGS: Object.keys(RATINGS)
  }
  MLIP.scheduler = scheduler
})()
