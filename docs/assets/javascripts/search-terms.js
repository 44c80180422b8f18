// Search: a word written with hyphens ranks the answers that use that term first.
// Material's search splits a query at hyphens and matches each part as a prefix of any word, so on
// its own "log-sum-exp" ranked answers full of "logistic", "summary" and "exploration" above the
// one about log-sum-exp. The index lists every hyphenated word of an answer joined up in a field of
// its own ("logsumexp", macros/search_index.py); here such a query word is sent to the search worker
// with its joined form added and boosted (Material's query syntax "logsumexp^10 log-sum-exp"). The
// joined form also finds answers that write the term as one word ("pretraining" for
// "pre-training"). Every other word goes through unchanged; the box keeps what the reader typed.
(function () {
  "use strict"
  var HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u
  var BOOST = 10
  var QUERY = 2 // Material's search worker message type for a query

  function withJoinedTerms(query) {
    return query.split(/(\s+)/).map(function (word) {
      return HYPHENATED.test(word) ? word.replace(/-/g, "").toLowerCase() + "^" + BOOST + " " + word : word
    }).join("")
  }

  window.MLIP = window.MLIP || {}
  window.MLIP.searchQuery = withJoinedTerms
  // On file:// the worker is Material's iframe shim, which replaced window.Worker before this runs.
  var post = window.Worker && window.Worker.prototype.postMessage
  if (!post) return
  window.Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      arguments[0] = { type: QUERY, data: withJoinedTerms(message.data) }
    }
    return post.apply(this, arguments)
  }
})()
