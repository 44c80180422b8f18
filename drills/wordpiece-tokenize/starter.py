def wordpiece_tokenize(text: str, vocab: set[str], unk_token: str = "[UNK]", max_chars: int = 100) -> list[str]:
    """Whitespace split, then greedy longest-match-first per word with '##' continuation pieces.

    A word that cannot be fully matched (or is longer than max_chars) becomes a single unk_token.
    """
    raise NotImplementedError
