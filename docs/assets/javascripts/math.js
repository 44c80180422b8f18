// Typeset the math that pymdownx.arithmatex marks (generic mode wraps it in .arithmatex with
// \( \) or \[ \] delimiters) using the bundled KaTeX: no CDN, so it works offline.
// Subscribing to Material's document$ also covers pages loaded without a full reload.
document$.subscribe(function () {
  document.querySelectorAll(".arithmatex").forEach(function (el) {
    renderMathInElement(el, {
      delimiters: [
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true }
      ],
      throwOnError: false
    })
  })
  markScrollable(document)
})

// A formula wider than its box scrolls sideways; keyboard users must be able to reach it too.
// Formulas inside a closed answer have no width yet: check again when an answer opens.
function markScrollable(root) {
  root.querySelectorAll("div.arithmatex").forEach(function (el) {
    if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute("tabindex")) {
      el.tabIndex = 0
      el.setAttribute("role", "group")
      el.setAttribute("aria-label", "Formula, scrolls sideways")
    }
  })
}
document.addEventListener("toggle", function (event) {
  if (event.target.open) markScrollable(event.target)
}, true)
