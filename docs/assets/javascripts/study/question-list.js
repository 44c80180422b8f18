// All questions: filters by text, level, topic, tag and "not yet known" over every question of
// the guide. Without JavaScript the page is the plain list the build wrote.
(function () {
  "use strict"
  var MLIP = window.MLIP

  document$.subscribe(function () {
    var box = document.getElementById("question-filters")
    var list = document.querySelector(".question-list")
    if (box && list) MLIP.loadCatalogue().then(function (index) { filterList(box, list, index) })
  })

  function filterList(box, list, index) {
    var form = MLIP.filterForm(index, true)
    var count = document.createElement("p")
    count.className = "study-count"
    count.setAttribute("role", "status")
    box.textContent = ""
    box.appendChild(form)
    box.appendChild(count)

    function draw() {
      var found = MLIP.matching(index, form)
      var ul = document.createElement("ul")
      found.forEach(function (q) {
        var li = document.createElement("li")
        li.dataset.id = q.id
        li.classList.toggle("is-known", MLIP.progress.isKnown(q.id))
        var a = document.createElement("a")
        a.href = MLIP.siteUrl(q.url)
        a.innerHTML = q.title
        li.appendChild(a)
        var meta = document.createElement("em")
        meta.textContent = " " + q.meta
        li.appendChild(meta)
        ul.appendChild(li)
      })
      list.textContent = ""
      list.appendChild(ul)
      MLIP.typeset(list)
      count.textContent = found.length + " of " + index.questions.length + " questions"
    }
    form.addEventListener("input", draw)
    form.addEventListener("change", draw)
    MLIP.progress.onChange(draw)
    draw()
  }
})()
