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
})
