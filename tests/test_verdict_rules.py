"""The verdict rules of issue 21, one small program per row, expectations from the rules text.

Each row is (id, world, program, tests, entry point, compiled, adoption, error class). The world
is one modification, which is also the focus. The expectations are what the rules say, read as a
Python programmer migrating their code would read them, not what any implementation does:

1. Python decides: a program does not compile when it does not parse or when running it raises an
   API-surface error it does not catch itself (the removed name reached by any route, a call that
   breaks a modified signature). Errors of a function's own semantics are runtime errors.
2. All tests pass: correct_adoption if the program uses the new API, else workaround. Otherwise
   stale_api (reached the old API at run time, or names the old API and not the new),
   faulty_adoption (uses the new API), other_failure. A method rename touches only the builtin
   types it names.
3. A sample that does not compile passes nothing.
4. Errors raised by a new API name the new API.

The id's prefix is the category: fn (function rename), meth (method rename), sig (signature
change), order (argument reorder), move (module move), shape (return-shape change).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from verdict_names import (  # noqa: F401 - names the tables use
    CORRECT,
    FAULTY,
    OTHER,
    REMOVED,
    RUNTIME,
    SIGNATURE,
    STALE,
    TIMEOUT,
    WORKAROUND,
    WRONG,
    src,
)

from pytest_apiedit.sandbox import (
    Adoption,
    ErrorClass,
    SampleRequest,
    Sandbox,
    TestSuite,
    Verdict,
)

# -- tests shared by several rows ----------------------------------------------------------------

HYPOTENUSE = src("""
    assert hypotenuse(3, 4) == 5.0
    assert hypotenuse(5, 12) == 13.0
    assert hypotenuse(0, 0) == 0.0
""")
HAS_DIGIT = src("""
    assert has_digit("abc1") == True
    assert has_digit("abc") == False
""")
DISTANCE = src("""
    assert distance(3, 7) == 4
    assert distance(7, 3) == 4
""")
WORD_COUNT = src("""
    assert word_count("a b  c") == 3
    assert word_count("") == 0
    assert word_count("hello") == 1
""")
EVENS = src("""
    def check(candidate):
        assert candidate([1, 2, 3, 4]) == [2, 4]
        assert candidate([]) == []

    check(evens)
""")
EVENS_EMPTY_FIRST = src("""
    assert evens([]) == []
    assert evens([1, 3]) == []
    assert evens([1, 2, 3, 4]) == [2, 4]
""")
TOP_SCORES = src("""
    assert top_scores([3, 1, 2], 2) == [3, 2]
    assert top_scores([5], 1) == [5]
""")
AVERAGE = src("""
    assert average([1, 2, 2]) == 1.67
    assert average([4]) == 4.0
""")
COUNT_VOWELS = src("""
    assert count_vowels("hello") == 2
    assert count_vowels("xyz") == 0
""")
FLATTEN = src("""
    assert flatten([[1, 2], [3]]) == [1, 2, 3]
    assert flatten([]) == []
""")
TO_INTS = src("""
    assert to_ints(["1", "22"]) == [1, 22]
    assert to_ints([]) == []
""")
TRUTHY = src("""
    assert truthy([0, 1, "", "a", None]) == [1, "a"]
    assert truthy([]) == []
""")
PRODUCT = src("""
    assert product([2, 3, 4]) == 24
    assert product([]) == 1
""")
LEADING = src("""
    assert leading_positives([3, 1, -2, 5]) == [3, 1]
    assert leading_positives([-1]) == []
""")
K_SMALLEST = src("""
    assert k_smallest([5, 1, 4, 2], 2) == [1, 2]
    assert k_smallest([3], 1) == [3]
""")
MOST_COMMON = src("""
    assert most_common_char("abbccc") == "c"
    assert most_common_char("a") == "a"
""")
ROTATE = src("""
    assert rotate_left([1, 2, 3, 4], 1) == [2, 3, 4, 1]
    assert rotate_left([1], 3) == [1]
""")
HOURS = src("""
    assert to_hours_minutes(135) == (2, 15)
    assert to_hours_minutes(59) == (0, 59)
""")
SPLIT_NUMBER = src("""
    assert split_number(3.5) == (3.0, 0.5)
    assert split_number(2.0) == (2.0, 0.0)
""")
EXPONENT = src("""
    assert exponent_of(8.0) == 4
    assert exponent_of(0.5) == 0
""")

Case = tuple[str, str, str, str, str, bool, Adoption, "ErrorClass | None"]

# fmt: off
CASES: list[Case] = [
    # == function rename ========================================================================
    ("fn-new-attribute", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            return math.square_root(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    ("fn-old-attribute", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            return math.sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-from-import-old", "math_sqrt_to_square_root", src("""
        from math import sqrt

        def hypotenuse(a, b):
            return sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-from-import-new-as-old-name", "math_sqrt_to_square_root", src("""
        from math import square_root as sqrt

        def hypotenuse(a, b):
            return sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    ("fn-try-new-except-attributeerror-old", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            try:
                return math.square_root(a * a + b * b)
            except AttributeError:  # Python before the rename
                return math.sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    ("fn-try-old-except-attributeerror-new", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            try:
                return math.sqrt(a * a + b * b)
            except AttributeError:  # sqrt was renamed
                return math.square_root(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    # The usual feature-detection idiom: it runs square_root, the new API (by a constant name).
    ("fn-getattr-default-new-or-old", "math_sqrt_to_square_root", src("""
        import math

        sqrt = getattr(math, "square_root", None) or math.sqrt

        def hypotenuse(a, b):
            return sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    ("fn-old-in-unreached-branch-new-used", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            if isinstance(a, complex) or isinstance(b, complex):
                return math.sqrt(abs(a) ** 2 + abs(b) ** 2)
            return math.square_root(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    ("fn-old-in-dead-helper-passes", "math_sqrt_to_square_root", src("""
        import math

        def _legacy_hypotenuse(a, b):
            return math.sqrt(a * a + b * b)

        def hypotenuse(a, b):
            return (a * a + b * b) ** 0.5
    """), HYPOTENUSE, "hypotenuse", True, WORKAROUND, None),
    # Fails without reaching sqrt, but names the old API and not the new: stale (rule 2).
    ("fn-old-in-dead-helper-wrong-answer", "math_sqrt_to_square_root", src("""
        import math

        def _legacy_hypotenuse(a, b):
            return math.sqrt(a * a + b * b)

        def hypotenuse(a, b):
            return a + b
    """), HYPOTENUSE, "hypotenuse", True, STALE, WRONG),
    ("fn-hypot-workaround", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            return math.hypot(a, b)
    """), HYPOTENUSE, "hypotenuse", True, WORKAROUND, None),
    ("fn-star-import-new", "math_sqrt_to_square_root", src("""
        from math import *

        def hypotenuse(a, b):
            return square_root(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", True, CORRECT, None),
    ("fn-star-import-old", "math_sqrt_to_square_root", src("""
        from math import *

        def hypotenuse(a, b):
            return sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-importlib-old", "math_sqrt_to_square_root", src("""
        import importlib

        def hypotenuse(a, b):
            return importlib.import_module("math").sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-sys-modules-old", "math_sqrt_to_square_root", src("""
        import math
        import sys

        def hypotenuse(a, b):
            return sys.modules["math"].sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-dunder-import-old", "math_sqrt_to_square_root", src("""
        def hypotenuse(a, b):
            return __import__("math").sqrt(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-getattr-computed-old", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            return getattr(math, "sq" + "rt")(a * a + b * b)
    """), HYPOTENUSE, "hypotenuse", False, STALE, REMOVED),
    ("fn-new-wrong-answer", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            return math.square_root(a * a + b)
    """), HYPOTENUSE, "hypotenuse", True, FAULTY, WRONG),
    # square_root's signature is sqrt's (only the name changed): an extra argument is the
    # program's bug, a runtime error, not an API-surface error; rule 4 checks its message.
    ("fn-new-extra-argument", "math_sqrt_to_square_root", src("""
        import math

        def hypotenuse(a, b):
            return math.square_root(a * a + b * b, 2)
    """), HYPOTENUSE, "hypotenuse", True, FAULTY, RUNTIME),
    ("fn-unrelated-wrong-answer", "math_sqrt_to_square_root", src("""
        def hypotenuse(a, b):
            return max(a, b)
    """), HYPOTENUSE, "hypotenuse", True, OTHER, WRONG),
    ("fn-re-star-import-new", "re_search_to_find_first", src("""
        from re import *

        def has_digit(s):
            return find_first(r"\\d", s) is not None
    """), HAS_DIGIT, "has_digit", True, CORRECT, None),
    ("fn-re-star-import-findall", "re_search_to_find_first", src("""
        from re import *

        def has_digit(s):
            return len(findall(r"\\d", s)) > 0
    """), HAS_DIGIT, "has_digit", True, WORKAROUND, None),
    ("fn-re-search-old", "re_search_to_find_first", src("""
        import re

        def has_digit(s):
            return bool(re.search(r"\\d", s))
    """), HAS_DIGIT, "has_digit", False, STALE, REMOVED),
    ("fn-re-find-first-new", "re_search_to_find_first", src("""
        import re

        def has_digit(s):
            return bool(re.find_first(r"\\d", s))
    """), HAS_DIGIT, "has_digit", True, CORRECT, None),
    ("fn-builtin-abs-old", "abs_to_absolute", src("""
        def distance(a, b):
            return abs(a - b)
    """), DISTANCE, "distance", False, STALE, REMOVED),
    ("fn-builtin-absolute-new", "abs_to_absolute", src("""
        def distance(a, b):
            return absolute(a - b)
    """), DISTANCE, "distance", True, CORRECT, None),
    ("fn-builtin-abs-via-builtins-module", "abs_to_absolute", src("""
        import builtins

        def distance(a, b):
            return builtins.abs(a - b)
    """), DISTANCE, "distance", False, STALE, REMOVED),
    ("fn-builtin-abs-avoided", "abs_to_absolute", src("""
        def distance(a, b):
            return max(a - b, b - a)
    """), DISTANCE, "distance", True, WORKAROUND, None),

    # == method rename ==========================================================================
    ("meth-split-on-new", "str_split_to_split_on", src("""
        def word_count(s):
            return len(s.split_on())
    """), WORD_COUNT, "word_count", True, CORRECT, None),
    ("meth-split-old", "str_split_to_split_on", src("""
        def word_count(s):
            return len(s.split())
    """), WORD_COUNT, "word_count", False, STALE, REMOVED),
    ("meth-split-unbound-old", "str_split_to_split_on", src("""
        def word_count(s):
            return len(str.split(s))
    """), WORD_COUNT, "word_count", False, STALE, REMOVED),
    ("meth-split-getattr-computed-old", "str_split_to_split_on", src("""
        def word_count(s):
            return len(getattr(s, "sp" + "lit")())
    """), WORD_COUNT, "word_count", False, STALE, REMOVED),
    ("meth-split-try-new-except-old", "str_split_to_split_on", src("""
        def word_count(s):
            try:
                words = s.split_on()
            except AttributeError:
                words = s.split()
            return len(words)
    """), WORD_COUNT, "word_count", True, CORRECT, None),
    ("meth-split-try-old-except-new", "str_split_to_split_on", src("""
        def word_count(s):
            try:
                words = s.split()
            except AttributeError:
                words = s.split_on()
            return len(words)
    """), WORD_COUNT, "word_count", True, CORRECT, None),
    ("meth-rsplit-untouched", "str_split_to_split_on", src("""
        def word_count(s):
            return len(s.rsplit())
    """), WORD_COUNT, "word_count", True, WORKAROUND, None),
    ("meth-regex-pattern-split", "str_split_to_split_on", src("""
        import re

        WHITESPACE = re.compile(r"\\s+")

        def word_count(s):
            return len([w for w in WHITESPACE.split(s) if w])
    """), WORD_COUNT, "word_count", True, WORKAROUND, None),
    ("meth-regex-pattern-split-wrong", "str_split_to_split_on", src("""
        import re

        def word_count(s):
            return len(re.compile(r"\\s+").split(s))
    """), WORD_COUNT, "word_count", True, OTHER, WRONG),
    ("meth-user-class-split", "str_split_to_split_on", src("""
        import re

        class Tokenizer:
            def split(self, text):
                return re.findall(r"\\S+", text)

        def word_count(s):
            return len(Tokenizer().split(s))
    """), WORD_COUNT, "word_count", True, WORKAROUND, None),
    ("meth-push-new", "list_append_to_push", src("""
        def evens(xs):
            out = []
            for x in xs:
                if x % 2 == 0:
                    out.push(x)
            return out
    """), EVENS, "evens", True, CORRECT, None),
    ("meth-append-old", "list_append_to_push", src("""
        def evens(xs):
            out = []
            for x in xs:
                if x % 2 == 0:
                    out.append(x)
            return out
    """), EVENS, "evens", False, STALE, REMOVED),
    # The first two tests pass without reaching append; the third reaches it (rule 3). The error
    # class is the API-surface error's: the earlier tests fail only by the nesting rule.
    ("meth-append-old-in-one-test", "list_append_to_push", src("""
        def evens(xs):
            out = []
            for x in xs:
                if x % 2 == 0:
                    out.append(x)
            return out
    """), EVENS_EMPTY_FIRST, "evens", False, STALE, REMOVED),
    ("meth-deque-append", "list_append_to_push", src("""
        from collections import deque

        def evens(xs):
            q = deque()
            for x in xs:
                if x % 2 == 0:
                    q.append(x)
            return list(q)
    """), EVENS, "evens", True, WORKAROUND, None),
    ("meth-deque-append-wrong", "list_append_to_push", src("""
        from collections import deque

        def evens(xs):
            q = deque()
            for x in xs:
                if x % 2:
                    q.append(x)
            return list(q)
    """), EVENS, "evens", True, OTHER, WRONG),
    ("meth-bytearray-append", "list_append_to_push", src("""
        def evens(xs):
            buf = bytearray()
            for x in xs:
                if x % 2 == 0:
                    buf.append(x)
            return list(buf)
    """), EVENS, "evens", True, WORKAROUND, None),
    ("meth-user-class-append", "list_append_to_push", src("""
        class Bag:
            def __init__(self):
                self.items = []

            def append(self, item):
                self.items = self.items + [item]

        def evens(xs):
            bag = Bag()
            for x in xs:
                if x % 2 == 0:
                    bag.append(x)
            return bag.items
    """), EVENS, "evens", True, WORKAROUND, None),
    ("meth-user-class-append-runtime", "list_append_to_push", src("""
        class Bag:
            def __init__(self):
                self.items = []

            def append(self, item):
                self.items = self.items + [item]

        def evens(xs):
            bag = Bag()
            for x in xs:
                if x % 2 == 0:
                    bag.append(x)
            return list(bag)
    """), EVENS, "evens", True, OTHER, RUNTIME),
    # push takes one item like append did: two are the program's bug (runtime), and the
    # TypeError must name push (rule 4).
    ("meth-push-two-arguments", "list_append_to_push", src("""
        def flatten_pairs(pairs):
            out = []
            for a, b in pairs:
                out.push(a, b)
            return out
    """), "assert flatten_pairs([(1, 2), (3, 4)]) == [1, 2, 3, 4]\n", "flatten_pairs",
        True, FAULTY, RUNTIME),

    # == signature change =======================================================================
    ("sig-sorted-descending-new", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            return sorted(xs, descending=True)[:k]
    """), TOP_SCORES, "top_scores", True, CORRECT, None),
    ("sig-sorted-reverse-old", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            return sorted(xs, reverse=True)[:k]
    """), TOP_SCORES, "top_scores", False, STALE, SIGNATURE),
    ("sig-sorted-unknown-keyword-beside-new", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            return sorted(xs, descending=True, revers=1)[:k]
    """), TOP_SCORES, "top_scores", False, FAULTY, SIGNATURE),
    ("sig-sorted-reverse-via-kwargs", "sorted_reverse_to_descending", src("""
        OPTIONS = {"reverse": True}

        def top_scores(xs, k):
            return sorted(xs, **OPTIONS)[:k]
    """), TOP_SCORES, "top_scores", False, STALE, SIGNATURE),
    ("sig-sorted-try-new-except-old", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            try:
                ordered = sorted(xs, descending=True)
            except TypeError:
                ordered = sorted(xs, reverse=True)
            return ordered[:k]
    """), TOP_SCORES, "top_scores", True, CORRECT, None),
    ("sig-sorted-try-old-except-new", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            try:
                ordered = sorted(xs, reverse=True)
            except TypeError:
                ordered = sorted(xs, descending=True)
            return ordered[:k]
    """), TOP_SCORES, "top_scores", True, CORRECT, None),
    # Neither keyword is used: the program sidesteps the change, a workaround.
    ("sig-sorted-negated-key", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            return sorted(xs, key=lambda x: -x)[:k]
    """), TOP_SCORES, "top_scores", True, WORKAROUND, None),
    # The modification is builtins.sorted's; list.sort(reverse=...) is another API, untouched.
    ("sig-list-sort-reverse-untouched", "sorted_reverse_to_descending", src("""
        def top_scores(xs, k):
            ordered = list(xs)
            ordered.sort(reverse=True)
            return ordered[:k]
    """), TOP_SCORES, "top_scores", True, WORKAROUND, None),
    ("sig-sorted-int-runtime", "sorted_reverse_to_descending", src("""
        def largest_number(n):
            return int("".join(sorted(n, descending=True)))
    """), "assert largest_number(312) == 321\n", "largest_number", True, FAULTY, RUNTIME),
    ("sig-round-positional-old", "round_ndigits_keyword_only", src("""
        def average(xs):
            return round(sum(xs) / len(xs), 2)
    """), AVERAGE, "average", False, STALE, SIGNATURE),
    ("sig-round-keyword-new", "round_ndigits_keyword_only", src("""
        def average(xs):
            return round(sum(xs) / len(xs), ndigits=2)
    """), AVERAGE, "average", True, CORRECT, None),
    ("sig-round-star-args-old", "round_ndigits_keyword_only", src("""
        def average(xs):
            args = (sum(xs) / len(xs), 2)
            return round(*args)
    """), AVERAGE, "average", False, STALE, SIGNATURE),
    ("sig-print-end-old", "print_end_sep_renamed", src("""
        def count_vowels(s):
            n = sum(1 for c in s if c in "aeiou")
            print(n, end="")
            return n
    """), COUNT_VOWELS, "count_vowels", False, STALE, SIGNATURE),
    ("sig-print-sep-old", "print_end_sep_renamed", src("""
        def count_vowels(s):
            n = sum(1 for c in s if c in "aeiou")
            print("vowels:", n, sep="")
            return n
    """), COUNT_VOWELS, "count_vowels", False, STALE, SIGNATURE),
    ("sig-print-terminator-new", "print_end_sep_renamed", src("""
        def count_vowels(s):
            n = sum(1 for c in s if c in "aeiou")
            print(n, terminator="")
            return n
    """), COUNT_VOWELS, "count_vowels", True, CORRECT, None),
    ("sig-sum-strings-start-keyword", "sum_start_keyword_only", src("""
        def concat(words):
            return sum(words, start="")
    """), 'assert concat(["a", "b"]) == "ab"\n', "concat", True, FAULTY, RUNTIME),
    ("sig-sum-start-positional-old", "sum_start_keyword_only", src("""
        def flatten(lists):
            return sum(lists, [])
    """), FLATTEN, "flatten", False, STALE, SIGNATURE),
    ("sig-sum-start-keyword-new", "sum_start_keyword_only", src("""
        def flatten(lists):
            return sum(lists, start=[])
    """), FLATTEN, "flatten", True, CORRECT, None),
    ("sig-combinations-r-positional-old", "combinations_r_keyword_only", src("""
        from itertools import combinations

        def pair_sums(xs):
            return [a + b for a, b in combinations(xs, 2)]
    """), "assert pair_sums([1, 2, 3]) == [3, 4, 5]\n", "pair_sums", False, STALE, SIGNATURE),
    ("sig-combinations-r-keyword-new", "combinations_r_keyword_only", src("""
        from itertools import combinations

        def pair_sums(xs):
            return [a + b for a, b in combinations(xs, r=2)]
    """), "assert pair_sums([1, 2, 3]) == [3, 4, 5]\n", "pair_sums", True, CORRECT, None),
    ("sig-accumulate-func-positional-old", "accumulate_func_keyword_only", src("""
        from itertools import accumulate

        def running_max(xs):
            return list(accumulate(xs, max))
    """), "assert running_max([1, 3, 2, 5]) == [1, 3, 3, 5]\n", "running_max",
        False, STALE, SIGNATURE),
    ("sig-accumulate-func-keyword-new", "accumulate_func_keyword_only", src("""
        from itertools import accumulate

        def running_max(xs):
            return list(accumulate(xs, func=max))
    """), "assert running_max([1, 3, 2, 5]) == [1, 3, 3, 5]\n", "running_max",
        True, CORRECT, None),

    # == argument reorder =======================================================================
    ("order-map-new", "map_iterable_first", src("""
        def to_ints(strs):
            return list(map(strs, int))
    """), TO_INTS, "to_ints", True, CORRECT, None),
    ("order-map-old", "map_iterable_first", src("""
        def to_ints(strs):
            return list(map(int, strs))
    """), TO_INTS, "to_ints", False, STALE, SIGNATURE),
    ("order-map-try-old-except-new", "map_iterable_first", src("""
        def to_ints(strs):
            try:
                return list(map(int, strs))
            except TypeError:
                return list(map(strs, int))
    """), TO_INTS, "to_ints", True, CORRECT, None),
    ("order-map-comprehension", "map_iterable_first", src("""
        def to_ints(strs):
            return [int(s) for s in strs]
    """), TO_INTS, "to_ints", True, WORKAROUND, None),
    ("order-map-new-wrong-function", "map_iterable_first", src("""
        def to_ints(strs):
            return list(map(strs, len))
    """), TO_INTS, "to_ints", True, FAULTY, WRONG),
    ("order-map-two-iterables-new", "map_iterable_first", src("""
        import operator

        def add_pairs(xs, ys):
            return list(map(xs, operator.add, ys))
    """), "assert add_pairs([1, 2], [10, 20]) == [11, 22]\n", "add_pairs", True, CORRECT, None),
    ("order-filter-none-new", "filter_iterable_first", src("""
        def truthy(xs):
            return list(filter(xs, None))
    """), TRUTHY, "truthy", True, CORRECT, None),
    ("order-filter-none-old", "filter_iterable_first", src("""
        def truthy(xs):
            return list(filter(None, xs))
    """), TRUTHY, "truthy", False, STALE, SIGNATURE),
    ("order-filter-lambda-old", "filter_iterable_first", src("""
        def truthy(xs):
            return list(filter(lambda x: x, xs))
    """), TRUTHY, "truthy", False, STALE, SIGNATURE),
    ("order-reduce-new-initial", "reduce_iterable_first", src("""
        import operator
        from functools import reduce

        def product(xs):
            return reduce(xs, operator.mul, 1)
    """), PRODUCT, "product", True, CORRECT, None),
    ("order-reduce-old", "reduce_iterable_first", src("""
        import operator
        from functools import reduce

        def product(xs):
            return reduce(operator.mul, xs, 1)
    """), PRODUCT, "product", False, STALE, SIGNATURE),
    # New order, no initial value: reducing [] is reduce's own TypeError, the program's bug.
    ("order-reduce-new-empty-runtime", "reduce_iterable_first", src("""
        import functools

        def product(xs):
            return functools.reduce(xs, lambda a, b: a * b)
    """), PRODUCT, "product", True, FAULTY, RUNTIME),
    ("order-reduce-math-prod", "reduce_iterable_first", src("""
        import math

        def product(xs):
            return math.prod(xs)
    """), PRODUCT, "product", True, WORKAROUND, None),
    ("order-takewhile-new", "takewhile_iterable_first", src("""
        from itertools import takewhile

        def leading_positives(xs):
            return list(takewhile(xs, lambda x: x > 0))
    """), LEADING, "leading_positives", True, CORRECT, None),
    ("order-takewhile-old", "takewhile_iterable_first", src("""
        from itertools import takewhile

        def leading_positives(xs):
            return list(takewhile(lambda x: x > 0, xs))
    """), LEADING, "leading_positives", False, STALE, SIGNATURE),

    # == module move ============================================================================
    ("move-import-heapq-old", "heapq_to_heaps", src("""
        import heapq

        def k_smallest(xs, k):
            return heapq.nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", False, STALE, REMOVED),
    ("move-import-heaps-new", "heapq_to_heaps", src("""
        import heaps

        def k_smallest(xs, k):
            return heaps.nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", True, CORRECT, None),
    ("move-star-import-heapq-old", "heapq_to_heaps", src("""
        from heapq import *

        def k_smallest(xs, k):
            return nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", False, STALE, REMOVED),
    ("move-star-import-heaps-new", "heapq_to_heaps", src("""
        from heaps import *

        def k_smallest(xs, k):
            return nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", True, CORRECT, None),
    ("move-try-heaps-except-heapq", "heapq_to_heaps", src("""
        try:
            import heaps
        except ImportError:
            import heapq as heaps

        def k_smallest(xs, k):
            return heaps.nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", True, CORRECT, None),
    ("move-try-heapq-except-heaps", "heapq_to_heaps", src("""
        try:
            import heapq
        except ImportError:
            import heaps as heapq

        def k_smallest(xs, k):
            return heapq.nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", True, CORRECT, None),
    ("move-importlib-heapq-old", "heapq_to_heaps", src("""
        import importlib

        def k_smallest(xs, k):
            return importlib.import_module("heapq").nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", False, STALE, REMOVED),
    ("move-import-heapq-in-function-old", "heapq_to_heaps", src("""
        def k_smallest(xs, k):
            import heapq
            return heapq.nsmallest(k, xs)
    """), K_SMALLEST, "k_smallest", False, STALE, REMOVED),
    ("move-sorted-slice", "heapq_to_heaps", src("""
        def k_smallest(xs, k):
            return sorted(xs)[:k]
    """), K_SMALLEST, "k_smallest", True, WORKAROUND, None),
    ("move-from-collections-counter-old", "collections_counter_to_counters", src("""
        from collections import Counter

        def most_common_char(s):
            return Counter(s).most_common(1)[0][0]
    """), MOST_COMMON, "most_common_char", False, STALE, REMOVED),
    ("move-from-counters-counter-new", "collections_counter_to_counters", src("""
        from counters import Counter

        def most_common_char(s):
            return Counter(s).most_common(1)[0][0]
    """), MOST_COMMON, "most_common_char", True, CORRECT, None),
    ("move-collections-attribute-counter-old", "collections_counter_to_counters", src("""
        import collections

        def most_common_char(s):
            return collections.Counter(s).most_common(1)[0][0]
    """), MOST_COMMON, "most_common_char", False, STALE, REMOVED),
    ("move-collections-star-counter-old", "collections_counter_to_counters", src("""
        from collections import *

        def most_common_char(s):
            return Counter(s).most_common(1)[0][0]
    """), MOST_COMMON, "most_common_char", False, STALE, REMOVED),
    # Only Counter moved: the rest of collections is untouched.
    ("move-collections-defaultdict-untouched", "collections_counter_to_counters", src("""
        from collections import defaultdict

        def most_common_char(s):
            counts = defaultdict(int)
            for c in s:
                counts[c] += 1
            return max(counts, key=counts.get)
    """), MOST_COMMON, "most_common_char", True, WORKAROUND, None),
    ("move-from-collections-deque-old", "collections_deque_to_queues", src("""
        from collections import deque

        def rotate_left(xs, k):
            d = deque(xs)
            d.rotate(-k)
            return list(d)
    """), ROTATE, "rotate_left", False, STALE, REMOVED),
    ("move-from-queues-deque-new", "collections_deque_to_queues", src("""
        from queues import deque

        def rotate_left(xs, k):
            d = deque(xs)
            d.rotate(-k)
            return list(d)
    """), ROTATE, "rotate_left", True, CORRECT, None),
    ("move-collections-deque-attribute-old", "collections_deque_to_queues", src("""
        import collections

        def rotate_left(xs, k):
            d = collections.deque(xs)
            d.rotate(-k)
            return list(d)
    """), ROTATE, "rotate_left", False, STALE, REMOVED),

    # == return-shape change ====================================================================
    ("shape-divmod-unpack-old", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            h, mins = divmod(m, 60)
            return (h, mins)
    """), HOURS, "to_hours_minutes", False, STALE, SIGNATURE),
    ("shape-divmod-index-old", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            r = divmod(m, 60)
            return (r[0], r[1])
    """), HOURS, "to_hours_minutes", False, STALE, SIGNATURE),
    ("shape-divmod-fields-new", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            r = divmod(m, 60)
            return (r.quotient, r.remainder)
    """), HOURS, "to_hours_minutes", True, CORRECT, None),
    ("shape-divmod-astuple-new", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            return divmod(m, 60).astuple()
    """), HOURS, "to_hours_minutes", True, CORRECT, None),
    ("shape-divmod-field-typo", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            r = divmod(m, 60)
            return (r.quot, r.remainder)
    """), HOURS, "to_hours_minutes", False, FAULTY, SIGNATURE),
    ("shape-divmod-fields-swapped", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            r = divmod(m, 60)
            return (r.remainder, r.quotient)
    """), HOURS, "to_hours_minutes", True, FAULTY, WRONG),
    # Unpacking a non-iterable record is Python's TypeError, which the program catches itself.
    ("shape-divmod-try-unpack-except-fields", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            try:
                h, mins = divmod(m, 60)
            except TypeError:
                r = divmod(m, 60)
                h, mins = r.quotient, r.remainder
            return (h, mins)
    """), HOURS, "to_hours_minutes", True, CORRECT, None),
    ("shape-divmod-avoided", "divmod_returns_record", src("""
        def to_hours_minutes(m):
            return (m // 60, m % 60)
    """), HOURS, "to_hours_minutes", True, WORKAROUND, None),
    ("shape-modf-unpack-old", "math_modf_returns_record", src("""
        import math

        def split_number(x):
            frac, whole = math.modf(x)
            return (whole, frac)
    """), SPLIT_NUMBER, "split_number", False, STALE, SIGNATURE),
    ("shape-modf-index-old", "math_modf_returns_record", src("""
        import math

        def split_number(x):
            parts = math.modf(x)
            return (parts[1], parts[0])
    """), SPLIT_NUMBER, "split_number", False, STALE, SIGNATURE),
    ("shape-modf-fields-new", "math_modf_returns_record", src("""
        import math

        def split_number(x):
            parts = math.modf(x)
            return (parts.integral, parts.fractional)
    """), SPLIT_NUMBER, "split_number", True, CORRECT, None),
    ("shape-frexp-unpack-old", "math_frexp_returns_record", src("""
        import math

        def exponent_of(x):
            _, e = math.frexp(x)
            return e
    """), EXPONENT, "exponent_of", False, STALE, SIGNATURE),
    ("shape-frexp-field-new", "math_frexp_returns_record", src("""
        import math

        def exponent_of(x):
            return math.frexp(x).exponent
    """), EXPONENT, "exponent_of", True, CORRECT, None),
]
# fmt: on

# Rule 4: (text the error must contain, text it must not contain).
ERROR_MENTIONS: dict[str, tuple[str, str]] = {
    "fn-new-extra-argument": ("square_root", "sqrt("),
    "meth-push-two-arguments": ("push", "append"),
}

CATEGORIES = ("fn", "meth", "sig", "order", "move", "shape")
BY_ID: dict[str, Case] = {case[0]: case for case in CASES}


def sample_request(case: Case) -> SampleRequest:
    _, world, program, tests, entry_point, *_ = case
    return SampleRequest(
        program, TestSuite.from_python(tests, entry_point), world=(world,), focus=(world,)
    )


class Verdicts(dict[str, Verdict]):
    """Verdicts by row id; a short repr keeps failure reports readable."""

    def __repr__(self) -> str:
        return f"<{len(self)} verdicts>"


@pytest.fixture(scope="module")
def verdicts() -> Iterator[Verdicts]:
    """Every row judged once, in one batch."""
    with Sandbox() as sandbox:
        results = sandbox.run_many([sample_request(case) for case in CASES])
    yield Verdicts({case[0]: verdict for case, verdict in zip(CASES, results, strict=True)})


def describe(verdict: Verdict) -> str:
    return (
        f"compiled={verdict.compiled} adoption={verdict.adoption} "
        f"error_class={verdict.error_class} passed={verdict.tests_passed}/{verdict.tests_total} "
        f"uses_old={verdict.uses_old} uses_new={verdict.uses_new} error={verdict.error!r}"
    )


def test_the_table_covers_every_category() -> None:
    ids = [case[0] for case in CASES]
    assert len(ids) == len(set(ids)) >= 48
    per_category = Counter(case_id.partition("-")[0] for case_id in ids)
    assert set(per_category) == set(CATEGORIES)
    assert min(per_category.values()) >= 6, per_category
    assert set(ERROR_MENTIONS) <= set(ids)


@pytest.mark.parametrize("case_id", list(BY_ID))
def test_verdict_follows_the_rules(verdicts: Verdicts, case_id: str) -> None:
    *_, compiled, adoption, error_class = BY_ID[case_id]
    verdict = verdicts[case_id]
    expected_pass = adoption in (CORRECT, WORKAROUND)
    got = (verdict.compiled, verdict.adoption, verdict.error_class, verdict.passed)
    assert got == (compiled, adoption, error_class, expected_pass), describe(verdict)
    if expected_pass:
        assert verdict.tests_passed == verdict.tests_total, describe(verdict)
    if not compiled:  # rule 3: a sample that does not compile passes nothing
        assert verdict.tests_passed == 0, describe(verdict)


@pytest.mark.parametrize("case_id", sorted(ERROR_MENTIONS))
def test_errors_of_a_new_api_name_the_new_api(verdicts: Verdicts, case_id: str) -> None:
    must, must_not = ERROR_MENTIONS[case_id]
    error = verdicts[case_id].error or ""
    assert must in error and must_not not in error, describe(verdicts[case_id])
