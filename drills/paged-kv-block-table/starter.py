class PagedKVCache:
    """Block tables over a pool of num_blocks blocks of block_size slots, with ref-counted sharing."""

    def __init__(self, num_blocks: int, block_size: int) -> None:
        raise NotImplementedError

    @property
    def num_free_blocks(self) -> int:
        raise NotImplementedError

    def append(self, seq_id, n_tokens: int = 1) -> list[tuple[int, int]]:
        """Grow seq_id by n_tokens; returns copy-on-write copies (src, dst). MemoryError leaves no trace."""
        raise NotImplementedError

    def fork(self, parent_id, child_id) -> None:
        """Child shares all of the parent's blocks (reference counts + 1)."""
        raise NotImplementedError

    def free(self, seq_id) -> None:
        """Release seq_id; blocks with no remaining references return to the pool."""
        raise NotImplementedError

    def block_table(self, seq_id) -> list[int]:
        raise NotImplementedError

    def length(self, seq_id) -> int:
        raise NotImplementedError

    def slot(self, seq_id, pos: int) -> tuple[int, int]:
        """(physical block, offset) holding token position pos."""
        raise NotImplementedError
