def wordpiece_tokenize(text: str, vocab: set[str], unk_token: str = "[UNK]", max_chars: int = 100) -> list[str]:
    """Whitespace split, then greedy longest-match-first per word with '##' continuation pieces.

    A word that cannot be fully matched (or is longer than max_chars) becomes a single unk_token.
    """
    tokens: list[str] = []
    for word in text.split():
        if len(word) > max_chars:
            tokens.append(unk_token)
            continue
        pieces: list[str] = []
        start = 0
        while start < len(word):
            end = len(word)
            match = None
            while end > start:  # longest candidate first
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in vocab:
                    match = piece
                    break
                end -= 1
            if match is None:
                pieces = [unk_token]  # the whole word is unknown, not just the rest
                break
            pieces.append(match)
            start = end
        tokens.extend(pieces)
    return tokens
