def test_example(impl):
    vocab = {"un", "##aff", "##able", "a", "##b", "##c"}
    assert impl.wordpiece_tokenize("unaffable abc abd", vocab) == ["un", "##aff", "##able", "a", "##b", "##c", "[UNK]"]


def test_longest_match_first(impl):
    vocab = {"play", "playing", "##ing", "##s", "p", "##l", "##a", "##y"}
    assert impl.wordpiece_tokenize("playing plays", vocab) == ["playing", "play", "##s"]


def test_continuation_pieces_need_the_prefix(impl):
    vocab = {"hug", "s", "##s"}
    assert impl.wordpiece_tokenize("hugs s", vocab) == ["hug", "##s", "s"]
    assert impl.wordpiece_tokenize("hugs", {"hug", "s"}) == ["[UNK]"]  # "s" alone cannot continue a word


def test_greedy_can_fail_where_another_split_exists(impl):
    # "abcd" = "ab" + "##cd" exists, but greedy takes "abc" and then cannot match "d"
    vocab = {"abc", "ab", "##cd"}
    assert impl.wordpiece_tokenize("abcd", vocab) == ["[UNK]"]


def test_unknown_word_discards_partial_pieces_and_custom_unk(impl):
    vocab = {"re", "##do"}
    assert impl.wordpiece_tokenize("redox redo", vocab, unk_token="<unk>") == ["<unk>", "re", "##do"]


def test_whitespace_and_long_words(impl):
    vocab = {"a", "##a"}
    assert impl.wordpiece_tokenize("  \t\n ", vocab) == []
    assert impl.wordpiece_tokenize("aaaa", vocab, max_chars=3) == ["[UNK]"]
    assert impl.wordpiece_tokenize("aaa", vocab, max_chars=3) == ["a", "##a", "##a"]
