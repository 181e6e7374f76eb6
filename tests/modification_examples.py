"""One small program per catalogue entry, written against the OLD API, with its tests.

`EXAMPLES[id] = (entry_point, program_source, assert_lines)`. Every program genuinely depends on
the API its modification changes, and passes its asserts in plain Python; in the modification's
world it fails with the modification's stale error, and its migration passes again. End-to-end
sandbox tests and `test_modifications.py` both use these.
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[str, str, list[str]]] = {
    "math_sqrt_to_square_root": (
        "hypotenuse",
        "import math\n\ndef hypotenuse(a, b):\n    return math.sqrt(a * a + b * b)\n",
        [
            "assert hypotenuse(3, 4) == 5.0",
            "assert hypotenuse(5, 12) == 13.0",
            "assert hypotenuse(0, 2) == 2.0",
        ],
    ),
    "math_gcd_to_greatest_common_divisor": (
        "lcm",
        "from math import gcd\n\ndef lcm(a, b):\n    return a * b // gcd(a, b)\n",
        [
            "assert lcm(4, 6) == 12",
            "assert lcm(3, 5) == 15",
            "assert lcm(7, 7) == 7",
        ],
    ),
    "min_to_min_of": (
        "spread",
        "def spread(xs):\n    return max(xs) - min(xs)\n",
        [
            "assert spread([1, 2, 3]) == 2",
            "assert spread([5]) == 0",
            "assert spread([4, -1]) == 5",
        ],
    ),
    "abs_to_absolute": (
        "distance",
        "def distance(a, b):\n    return abs(a - b)\n",
        [
            "assert distance(3, 7) == 4",
            "assert distance(7, 3) == 4",
            "assert distance(-2, 2) == 4",
        ],
    ),
    "str_split_to_split_on": (
        "word_count",
        "def word_count(text):\n    return len(text.split())\n",
        [
            "assert word_count('the quick brown fox') == 4",
            "assert word_count('  spaced   out  ') == 2",
            "assert word_count('') == 0",
        ],
    ),
    "list_append_to_push": (
        "evens",
        "def evens(n):\n"
        "    result = []\n"
        "    for i in range(n):\n"
        "        if i % 2 == 0:\n"
        "            result.append(i)\n"
        "    return result\n",
        [
            "assert evens(5) == [0, 2, 4]",
            "assert evens(1) == [0]",
            "assert evens(0) == []",
        ],
    ),
    "sorted_reverse_to_descending": (
        "top_k",
        "def top_k(xs, k):\n    return sorted(xs, reverse=True)[:k]\n",
        [
            "assert top_k([3, 1, 4, 1, 5], 2) == [5, 4]",
            "assert top_k([1, 2, 3], 1) == [3]",
            "assert top_k([2, 2], 5) == [2, 2]",
        ],
    ),
    "round_ndigits_keyword_only": (
        "mean",
        "def mean(xs):\n    return round(sum(xs) / len(xs), 2)\n",
        [
            "assert mean([1, 2]) == 1.5",
            "assert mean([1, 2, 2]) == 1.67",
            "assert mean([5]) == 5.0",
        ],
    ),
    "map_iterable_first": (
        "parse_ints",
        "def parse_ints(line):\n    return list(map(int, line.split(',')))\n",
        [
            "assert parse_ints('1,2,3') == [1, 2, 3]",
            "assert parse_ints('42') == [42]",
            "assert parse_ints('-1,0') == [-1, 0]",
        ],
    ),
    "reduce_iterable_first": (
        "product",
        "from functools import reduce\n\n"
        "def product(xs):\n"
        "    return reduce(lambda a, b: a * b, xs, 1)\n",
        [
            "assert product([1, 2, 3, 4]) == 24",
            "assert product([]) == 1",
            "assert product([7]) == 7",
        ],
    ),
    "heapq_to_heaps": (
        "heap_sort",
        "import heapq\n\n"
        "def heap_sort(xs):\n"
        "    heap = []\n"
        "    for x in xs:\n"
        "        heapq.heappush(heap, x)\n"
        "    return [heapq.heappop(heap) for _ in range(len(heap))]\n",
        [
            "assert heap_sort([3, 1, 2]) == [1, 2, 3]",
            "assert heap_sort([]) == []",
            "assert heap_sort([5, 5, 1]) == [1, 5, 5]",
        ],
    ),
    "collections_counter_to_counters": (
        "most_common_char",
        "from collections import Counter\n\n"
        "def most_common_char(text):\n"
        "    return Counter(text).most_common(1)[0][0]\n",
        [
            "assert most_common_char('abracadabra') == 'a'",
            "assert most_common_char('zzz') == 'z'",
            "assert most_common_char('xyy') == 'y'",
        ],
    ),
    "divmod_returns_record": (
        "clock",
        "def clock(seconds):\n"
        "    minutes, rest = divmod(seconds, 60)\n"
        "    return f'{minutes}:{rest:02d}'\n",
        [
            "assert clock(125) == '2:05'",
            "assert clock(59) == '0:59'",
            "assert clock(600) == '10:00'",
        ],
    ),
    "math_modf_returns_record": (
        "split_number",
        "import math\n\n"
        "def split_number(x):\n"
        "    fraction, whole = math.modf(x)\n"
        "    return int(whole), round(fraction, 2)\n",
        [
            "assert split_number(3.25) == (3, 0.25)",
            "assert split_number(-1.5) == (-1, -0.5)",
            "assert split_number(4.0) == (4, 0.0)",
        ],
    ),
}
