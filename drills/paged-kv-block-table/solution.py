import heapq


class PagedKVCache:
    """Block tables over a pool of num_blocks blocks of block_size slots, with ref-counted sharing."""

    def __init__(self, num_blocks: int, block_size: int) -> None:
        if num_blocks < 1 or block_size < 1:
            raise ValueError("num_blocks and block_size must be positive")
        self.block_size = block_size
        self._free = list(range(num_blocks))  # a min-heap: lowest-numbered block first
        self._refs = [0] * num_blocks
        self._tables: dict = {}
        self._lengths: dict = {}

    @property
    def num_free_blocks(self) -> int:
        return len(self._free)

    def _alloc(self) -> int:
        block = heapq.heappop(self._free)
        self._refs[block] = 1
        return block

    def _release(self, block: int) -> None:
        self._refs[block] -= 1
        if self._refs[block] == 0:
            heapq.heappush(self._free, block)

    def append(self, seq_id, n_tokens: int = 1) -> list[tuple[int, int]]:
        """Grow seq_id by n_tokens; returns copy-on-write copies (src, dst). MemoryError leaves no trace."""
        table = self._tables.get(seq_id, [])
        length = self._lengths.get(seq_id, 0)
        new_length = length + n_tokens
        needed = -(-new_length // self.block_size) - len(table)  # ceil division
        # writing into a shared, partially filled last block requires a private copy first
        cow = n_tokens > 0 and length % self.block_size != 0 and self._refs[table[-1]] > 1
        if needed + cow > len(self._free):
            raise MemoryError("not enough free KV blocks")
        table = list(table)
        copies = []
        if cow:
            dst = self._alloc()
            copies.append((table[-1], dst))
            self._release(table[-1])
            table[-1] = dst
        table.extend(self._alloc() for _ in range(needed))
        self._tables[seq_id] = table
        self._lengths[seq_id] = new_length
        return copies

    def fork(self, parent_id, child_id) -> None:
        """Child shares all of the parent's blocks (reference counts + 1)."""
        if parent_id not in self._tables or child_id in self._tables:
            raise ValueError("unknown parent or existing child")
        self._tables[child_id] = list(self._tables[parent_id])
        self._lengths[child_id] = self._lengths[parent_id]
        for block in self._tables[child_id]:
            self._refs[block] += 1

    def free(self, seq_id) -> None:
        """Release seq_id; blocks with no remaining references return to the pool."""
        if seq_id not in self._tables:
            raise ValueError(f"unknown sequence {seq_id!r}")
        for block in self._tables.pop(seq_id):
            self._release(block)
        del self._lengths[seq_id]

    def block_table(self, seq_id) -> list[int]:
        return list(self._tables[seq_id])

    def length(self, seq_id) -> int:
        return self._lengths[seq_id]

    def slot(self, seq_id, pos: int) -> tuple[int, int]:
        """(physical block, offset) holding token position pos."""
        if not 0 <= pos < self._lengths.get(seq_id, 0):
            raise ValueError("position outside the sequence")
        return self._tables[seq_id][pos // self.block_size], pos % self.block_size
