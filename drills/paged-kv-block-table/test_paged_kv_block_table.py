import pytest


def test_example(impl):
    c = impl.PagedKVCache(num_blocks=4, block_size=2)
    assert c.append("a", 3) == [] and c.block_table("a") == [0, 1] and c.slot("a", 2) == (1, 0)
    c.fork("a", "b")
    assert c.append("b") == [(1, 2)]
    assert c.block_table("b") == [0, 2] and c.block_table("a") == [0, 1]
    assert c.num_free_blocks == 1


def test_allocation_on_demand_and_slots(impl):
    c = impl.PagedKVCache(num_blocks=8, block_size=4)
    c.append(1, 4)
    assert c.block_table(1) == [0] and c.num_free_blocks == 7
    c.append(1)
    assert c.block_table(1) == [0, 1] and c.length(1) == 5
    c.append(2, 9)
    assert c.block_table(2) == [2, 3, 4]
    assert [c.slot(2, p) for p in (0, 3, 4, 8)] == [(2, 0), (2, 3), (3, 0), (4, 0)]
    with pytest.raises(ValueError):
        c.slot(2, 9)


def test_freed_blocks_are_reused_lowest_first(impl):
    c = impl.PagedKVCache(num_blocks=6, block_size=2)
    c.append("x", 4)  # blocks 0, 1
    c.append("y", 4)  # blocks 2, 3
    c.free("x")
    assert c.num_free_blocks == 4
    c.append("z", 6)
    assert c.block_table("z") == [0, 1, 4]


def test_fork_shares_and_free_keeps_shared_blocks(impl):
    c = impl.PagedKVCache(num_blocks=4, block_size=2)
    c.append("p", 4)  # two full blocks
    c.fork("p", "q")
    assert c.num_free_blocks == 2 and c.block_table("q") == [0, 1] and c.length("q") == 4
    assert c.append("q") == []  # last block is full: a new block, no copy
    assert c.block_table("q") == [0, 1, 2]
    c.free("p")
    assert c.num_free_blocks == 1  # blocks 0 and 1 still belong to q
    c.free("q")
    assert c.num_free_blocks == 4


def test_copy_on_write_happens_once(impl):
    c = impl.PagedKVCache(num_blocks=5, block_size=4)
    c.append("p", 2)
    c.fork("p", "q")
    assert c.append("q", 1) == [(0, 1)]
    assert c.append("q", 1) == []  # q's block is now private
    assert c.append("p", 1) == []  # and so is p's: its refcount dropped back to 1
    assert c.block_table("p") == [0] and c.block_table("q") == [1]


def test_out_of_memory_changes_nothing(impl):
    c = impl.PagedKVCache(num_blocks=3, block_size=2)
    c.append("a", 3)  # blocks 0, 1 (block 1 half full)
    c.fork("a", "b")
    with pytest.raises(MemoryError):
        c.append("b", 3)  # needs a copy-on-write block plus one more: 2 > 1 free
    assert c.block_table("b") == [0, 1] and c.length("b") == 3 and c.num_free_blocks == 1
    with pytest.raises(MemoryError):
        c.append("new", 7)
    assert c.num_free_blocks == 1
    with pytest.raises(ValueError):
        c.free("new")


def test_fork_and_free_validation(impl):
    c = impl.PagedKVCache(num_blocks=2, block_size=2)
    c.append("a")
    with pytest.raises(ValueError):
        c.fork("missing", "x")
    c.fork("a", "b")
    with pytest.raises(ValueError):
        c.fork("a", "b")
