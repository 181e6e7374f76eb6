"""Programs written the way an instruction-tuned code LLM writes solutions to real benchmark
problems, each with the verdict that the rules give it in its problem's edited world.

Every program answers a reliability or generalization problem of the shipped benchmark, so the
world it is judged in is its group's modification, which is also the focus. The programs look
like a model's answers, not like minimal probes: full functions with docstrings and type hints,
imports at the top, helpers, `if __name__ == "__main__":` demo blocks, try/except fallbacks
between the new and the old API, star imports, compiled regex patterns, deques, a class with
its own `append`, keyword typos, the old API out of habit, the new API misused, programs that
avoid the API, bugs unrelated to the API, and APPS stdin programs.

Each expectation was derived from the rules below, never from running the judge:

1. Python decides. A program compiles when it parses and running it raises no API-surface error:
   the removed name reached at run time by any route, or a call that breaks a modified signature
   (old keyword, old argument order, keyword-only by position, unpacking or indexing a record
   that replaced a tuple). Errors of a function's own semantics are runtime errors. The old API
   in code that never runs is no error; an API error the program catches itself is not raised.
2. All tests pass: correct_adoption if the program uses the new API, else workaround. Otherwise
   stale_api if it reached the old API or signature at run time, or names the old API and not
   the new; faulty_adoption if it uses the new API (a misuse of a new signature included, which
   is also a compile failure of class signature); other_failure otherwise. A method rename
   changes only the builtin types it names.
3. A program that does not compile passes nothing.
4. Errors raised by a new API name the new API, never the old.

Two readings the rules leave to the reader, applied throughout: a call-based problem imports the
program and calls its entry function, so an `if __name__ == "__main__":` block there never runs
(a stdin problem runs the file as `__main__`); and a renamed function or method keeps its old
signature, so a bad argument to it (an unknown keyword, one argument too many) is the program's
own runtime error, not a misuse of a modified signature.

The id's prefix is the modification's category: fn (function rename), meth (builtin-type method
rename), sig (signature change), order (argument reorder), move (module move), shape
(return-shape change).
"""

from __future__ import annotations

from dataclasses import dataclass

from verdict_names import (
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

from pytest_apiedit.sandbox import Adoption, ErrorClass


@dataclass(frozen=True)
class Program:
    id: str
    problem: str
    """A benchmark problem id; its group's modification is the world and the focus."""
    compiled: bool
    adoption: Adoption
    error_class: ErrorClass | None
    why: str
    """The rule that gives the expectation, in one line."""
    program: str
    error_mentions: tuple[str, str] | None = None
    """Rule 4: (text the error must contain, text it must not contain)."""



# fmt: off
CORPUS: list[Program] = [
    # == function rename ========================================================================
    # -- mbpp/3 is_not_prime: math.sqrt -> math.square_root
    Program(
        "fn-sqrt-is-not-prime-new", "mbpp/3", True, CORRECT, None,
        "only math.square_root is reached; every test passes and the new API is used",
        src(r'''
            import math


            def is_not_prime(n: int) -> bool:
                """Return True if ``n`` is not a prime number.

                Numbers below 2 are not prime; otherwise ``n`` is composite as soon as it
                has a divisor between 2 and its square root.
                """
                if n < 2:
                    return True
                limit = int(math.square_root(n))
                for divisor in range(2, limit + 1):
                    if n % divisor == 0:
                        return True
                return False


            if __name__ == "__main__":
                for value in (2, 10, 35):
                    print(value, is_not_prime(value))
        '''),
    ),
    Program(
        "fn-sqrt-is-not-prime-pow-half", "mbpp/3", True, WORKAROUND, None,
        "n ** 0.5 avoids math entirely: all tests pass without the new API",
        src(r'''
            def is_not_prime(n: int) -> bool:
                """Identify non-prime numbers by trial division up to the square root."""
                if n < 2:
                    return True
                # n ** 0.5 is enough here, no need to import math for one square root
                for divisor in range(2, int(n ** 0.5) + 1):
                    if n % divisor == 0:
                        return True
                return False
        '''),
    ),
    Program(
        "fn-sqrt-is-not-prime-old-for-odd-numbers", "mbpp/3", False, STALE, REMOVED,
        "2 and 10 return before math.sqrt, 35 reaches the removed name: no compile, no pass",
        src(r'''
            import math


            def is_not_prime(n: int) -> bool:
                """Return True when ``n`` is composite (or smaller than 2)."""
                if n < 2:
                    return True
                if n % 2 == 0:
                    return n != 2
                # only odd numbers are left: try the odd divisors up to sqrt(n)
                for divisor in range(3, int(math.sqrt(n)) + 1, 2):
                    if n % divisor == 0:
                        return True
                return False
        '''),
    ),
    # -- mbpp/293 otherside_rightangle: math.sqrt -> math.square_root
    Program(
        "fn-sqrt-rightangle-star-import-old", "mbpp/293", False, STALE, REMOVED,
        "sqrt reached through `from math import *` is the removed name reached at run time",
        src(r'''
            from math import *


            def otherside_rightangle(w: float, h: float) -> float:
                """Return the hypotenuse of a right triangle with legs ``w`` and ``h``."""
                return sqrt(w * w + h * h)


            if __name__ == "__main__":
                print(otherside_rightangle(7, 8))  # 10.63014581273465
        '''),
    ),
    Program(
        "fn-sqrt-rightangle-import-fallback", "mbpp/293", True, CORRECT, None,
        "the import of square_root succeeds, the old name in the except never runs; passes",
        src(r'''
            try:
                from math import square_root  # current name
            except ImportError:  # for compatibility with older interpreters
                from math import sqrt as square_root


            def otherside_rightangle(w: float, h: float) -> float:
                """Third side (hypotenuse) of a right-angled triangle with legs w and h."""
                return square_root(w * w + h * h)
        '''),
    ),
    Program(
        "fn-sqrt-rightangle-rounded", "mbpp/293", True, FAULTY, WRONG,
        "uses square_root but rounds to 2 places: 10.63 is a wrong answer, new API used",
        src(r'''
            import math


            def otherside_rightangle(w: float, h: float) -> float:
                """Find the third side of a right angled triangle.

                By Pythagoras, c = sqrt(w^2 + h^2); the result is rounded for readability.
                """
                return round(math.square_root(w ** 2 + h ** 2), 2)
        '''),
    ),
    # -- humaneval/21 rescale_to_unit: min -> min_of
    Program(
        "fn-min-rescale-new", "humaneval/21", True, CORRECT, None,
        "min_of is the new builtin; all tests pass",
        src(r'''
            from typing import List


            def rescale_to_unit(numbers: List[float]) -> List[float]:
                """Linearly map ``numbers`` so that the smallest becomes 0 and the largest 1.

                >>> rescale_to_unit([1.0, 2.0, 3.0, 4.0, 5.0])
                [0.0, 0.25, 0.5, 0.75, 1.0]
                """
                smallest = min_of(numbers)
                largest = max(numbers)
                span = largest - smallest
                return [(x - smallest) / span for x in numbers]
        '''),
    ),
    Program(
        "fn-min-rescale-old-habit", "humaneval/21", False, STALE, REMOVED,
        "min is the removed builtin, reached in every test",
        src(r'''
            from typing import List


            def rescale_to_unit(numbers: List[float]) -> List[float]:
                """Apply a linear transform so the minimum maps to 0 and the maximum to 1."""
                smallest = min(numbers)
                largest = max(numbers)
                if largest == smallest:
                    return [0.0 for _ in numbers]
                return [(x - smallest) / (largest - smallest) for x in numbers]
        '''),
    ),
    Program(
        "fn-min-rescale-sorted", "humaneval/21", True, WORKAROUND, None,
        "takes the extremes from sorted(): passes without min_of",
        src(r'''
            from typing import List


            def rescale_to_unit(numbers: List[float]) -> List[float]:
                """Rescale the list linearly onto [0, 1]."""
                ordered = sorted(numbers)
                smallest, largest = ordered[0], ordered[-1]
                span = largest - smallest
                return [(x - smallest) / span for x in numbers]
        '''),
    ),
    Program(
        "fn-min-rescale-divides-by-max", "humaneval/21", True, OTHER, WRONG,
        "a loop finds the extremes (no min at all) but divides by the maximum: wrong answer",
        src(r'''
            from typing import List


            def rescale_to_unit(numbers: List[float]) -> List[float]:
                """Rescale so the smallest number becomes 0 and the largest becomes 1."""
                smallest = largest = numbers[0]
                for x in numbers[1:]:
                    if x < smallest:
                        smallest = x
                    if x > largest:
                        largest = x
                return [(x - smallest) / largest for x in numbers]
        '''),
    ),
    # -- humaneval/91 is_bored: re.split -> re.split_on
    Program(
        "fn-resplit-is-bored-compiled-pattern", "humaneval/91", True, WORKAROUND, None,
        "a compiled Pattern's split is another API than re.split, untouched; passes",
        src(r'''
            import re

            _SENTENCE_END = re.compile(r"[.?!]")


            def is_bored(S: str) -> int:
                """Count the sentences that start with the word "I".

                Sentences are delimited by '.', '?' or '!'.
                """
                count = 0
                for sentence in _SENTENCE_END.split(S):
                    words = sentence.split()
                    if words and words[0] == "I":
                        count += 1
                return count


            if __name__ == "__main__":
                print(is_bored("The sky is blue. The sun is shining. I love this weather"))
        '''),
    ),
    Program(
        "fn-resplit-is-bored-new", "humaneval/91", True, CORRECT, None,
        "re.split_on is the new name; all tests pass",
        src(r'''
            import re


            def is_bored(S: str) -> int:
                """Return the number of boredoms: sentences starting with "I "."""
                sentences = re.split_on(r"[.?!]\s*", S)
                return sum(1 for sentence in sentences if sentence[:2] == "I ")
        '''),
    ),
    # -- mbpp/73 multiple_split: re.split -> re.split_on
    Program(
        "fn-resplit-multiple-split-old", "mbpp/73", False, STALE, REMOVED,
        "re.split is the removed name, reached in every test",
        src(r'''
            import re


            def multiple_split(text: str) -> list[str]:
                """Split ``text`` on '; ', ', ', '*' and newlines with one regex."""
                return re.split(r"; |, |\*|\n", text)
        '''),
    ),
    Program(
        "fn-resplit-multiple-split-arguments-swapped", "mbpp/73", True, FAULTY, WRONG,
        "re.split_on with text and pattern swapped runs but splits the wrong string",
        src(r'''
            import re

            DELIMITERS = r"; |, |\*|\n"


            def multiple_split(text: str) -> list[str]:
                """Split the given string with multiple delimiters by using regex."""
                return re.split_on(text, DELIMITERS)
        '''),
    ),
    # -- mbpp/16 text_lowercase_underscore: re.search -> re.find_first
    Program(
        "fn-research-underscore-fullmatch", "mbpp/16", True, WORKAROUND, None,
        "re.fullmatch is not modified in this world; passes without find_first",
        src(r'''
            import re


            def text_lowercase_underscore(text: str) -> str:
                """Check for two runs of lowercase letters joined by an underscore."""
                if re.fullmatch(r"[a-z]+_[a-z]+", text):
                    return "Found a match!"
                return "Not matched!"
        '''),
    ),
    Program(
        "fn-research-underscore-keyword-typo", "mbpp/16", True, FAULTY, RUNTIME,
        "flag= is a typo in a call to find_first, whose signature is search's, unmodified: "
        "the program's runtime error, which names find_first",
        src(r'''
            import re

            PATTERN = r"^[a-z]+_[a-z]+$"


            def text_lowercase_underscore(text: str) -> str:
                """Find sequences of lowercase letters joined with an underscore."""
                if re.find_first(PATTERN, text, flag=re.ASCII):
                    return "Found a match!"
                return "Not matched!"
        '''),
        error_mentions=("find_first", "search("),
    ),
    # -- mbpp/15 split_lowerstring: re.findall -> re.find_all
    Program(
        "fn-refindall-lowerstring-finditer", "mbpp/15", True, WORKAROUND, None,
        "re.finditer is not modified in this world; passes without find_all",
        src(r'''
            import re


            def split_lowerstring(text: str) -> list[str]:
                """Split a string at lowercase letters: each piece starts with one."""
                return [match.group(0) for match in re.finditer(r"[a-z][^a-z]*", text)]
        '''),
    ),
    Program(
        "fn-refindall-lowerstring-star-import-new", "mbpp/15", True, CORRECT, None,
        "`from re import *` brings the new find_all; passes",
        src(r'''
            from re import *


            def split_lowerstring(text: str) -> list[str]:
                """Split a string at lowercase letters."""
                return find_all("[a-z][^a-z]*", text)


            if __name__ == "__main__":
                print(split_lowerstring("AbCd"))  # ['bC', 'd']
        '''),
    ),
    # -- humaneval/43 pairs_sum_to_zero: enumerate -> indexed
    Program(
        "fn-enumerate-pairs-old-habit", "humaneval/43", False, STALE, REMOVED,
        "enumerate is the removed builtin, reached in every test",
        src(r'''
            def pairs_sum_to_zero(l: list[int]) -> bool:
                """Return True if two distinct elements of ``l`` sum to zero."""
                for i, first in enumerate(l):
                    for second in l[i + 1:]:
                        if first + second == 0:
                            return True
                return False
        '''),
    ),
    Program(
        "fn-enumerate-pairs-seen-set", "humaneval/43", True, WORKAROUND, None,
        "a set of seen values needs no index: passes without indexed",
        src(r'''
            def pairs_sum_to_zero(l: list[int]) -> bool:
                """Return True if two distinct elements of ``l`` sum to zero.

                One pass: remember every value and look for its negation.
                """
                seen: set[int] = set()
                for value in l:
                    if -value in seen:
                        return True
                    seen.add(value)
                return False
        '''),
    ),
    Program(
        "fn-enumerate-pairs-new-old-in-demo", "humaneval/43", True, CORRECT, None,
        "indexed in the function; enumerate only in the __main__ demo, which never runs",
        src(r'''
            def pairs_sum_to_zero(l: list[int]) -> bool:
                """Return True if there are two distinct elements in ``l`` that sum to zero."""
                for i, first in indexed(l):
                    for second in l[i + 1:]:
                        if first + second == 0:
                            return True
                return False


            if __name__ == "__main__":
                examples = [[1, 3, 5, 0], [1, 3, -2, 1], [2, 4, -5, 3, 5, 7], [1]]
                for number, example in enumerate(examples, 1):
                    print(f"example {number}: {pairs_sum_to_zero(example)}")
        '''),
    ),
    Program(
        "fn-enumerate-pairs-new-self-pair-old-in-demo", "humaneval/43", True, FAULTY, WRONG,
        "indexed is used; enumerate is only named in the demo that never runs, beside the new "
        "name, so not stale; pairing an element with itself is a wrong answer",
        src(r'''
            def pairs_sum_to_zero(l: list[int]) -> bool:
                """True if two elements of ``l`` sum to zero."""
                for i, first in indexed(l):
                    for second in l[i:]:
                        if first + second == 0:
                            return True
                return False


            if __name__ == "__main__":
                for number, example in enumerate([[1, 3, 5, 0], [2, 4, -5, 3, 5, 7]], 1):
                    print(number, pairs_sum_to_zero(example))
        '''),
    ),
    # -- humaneval/22 filter_integers: isinstance -> is_instance
    Program(
        "fn-isinstance-filter-integers-new", "humaneval/22", True, CORRECT, None,
        "is_instance is the new builtin; all tests pass",
        src(r'''
            from typing import Any, List


            def filter_integers(values: List[Any]) -> List[int]:
                """Filter the given list of any Python values only for integers.

                ``bool`` is a subclass of ``int`` but is not counted as an integer here.
                """
                return [v for v in values if is_instance(v, int) and not is_instance(v, bool)]
        '''),
    ),
    Program(
        "fn-isinstance-filter-integers-type-is", "humaneval/22", True, WORKAROUND, None,
        "type(v) is int sidesteps the renamed builtin; passes",
        src(r'''
            from typing import Any, List


            def filter_integers(values: List[Any]) -> List[int]:
                """Keep only the values whose type is exactly int."""
                return [value for value in values if type(value) is int]
        '''),
    ),

    # == builtin-type method rename =============================================================
    # -- humaneval/1 separate_paren_groups: list.append -> list.push
    Program(
        "meth-append-paren-groups-new", "humaneval/1", True, CORRECT, None,
        "list.push is the new method; all tests pass",
        src(r'''
            from typing import List


            def separate_paren_groups(paren_string: str) -> List[str]:
                """Split a string of balanced, non-nested parenthesis groups into a list.

                Spaces are ignored.
                >>> separate_paren_groups('( ) (( )) (( )( ))')
                ['()', '(())', '(()())']
                """
                groups: List[str] = []
                current: List[str] = []
                depth = 0
                for ch in paren_string:
                    if ch == "(":
                        depth += 1
                        current.push(ch)
                    elif ch == ")":
                        depth -= 1
                        current.push(ch)
                        if depth == 0:
                            groups.push("".join(current))
                            current.clear()
                return groups
        '''),
    ),
    Program(
        "meth-append-paren-groups-old-habit", "humaneval/1", False, STALE, REMOVED,
        "list.append is the removed method, reached in every test",
        src(r'''
            from typing import List


            def separate_paren_groups(paren_string: str) -> List[str]:
                """Separate the balanced groups of parentheses, ignoring spaces."""
                result = []
                current = []
                depth = 0
                for ch in paren_string.replace(" ", ""):
                    current.append(ch)
                    depth += 1 if ch == "(" else -1
                    if depth == 0:
                        result.append("".join(current))
                        current = []
                return result
        '''),
    ),
    Program(
        "meth-append-paren-groups-deque", "humaneval/1", True, WORKAROUND, None,
        "deque.append is not list.append, untouched: passes without push",
        src(r'''
            from collections import deque
            from typing import List


            def separate_paren_groups(paren_string: str) -> List[str]:
                """Return each top-level group of balanced parentheses as its own string."""
                groups: deque = deque()
                current: deque = deque()
                depth = 0
                for ch in paren_string:
                    if ch == " ":
                        continue
                    current.append(ch)
                    if ch == "(":
                        depth += 1
                    elif ch == ")":
                        depth -= 1
                        if depth == 0:
                            groups.append("".join(current))
                            current.clear()
                return list(groups)
        '''),
    ),
    Program(
        "meth-append-paren-groups-annotated-deque-keeps-spaces", "humaneval/1", True, OTHER,
        WRONG,
        "deque.append (the deques bound with annotations) is untouched and never old use; no "
        "push; inner spaces are kept: wrong answer",
        src(r'''
            from collections import deque
            from typing import Deque, List


            def separate_paren_groups(paren_string: str) -> List[str]:
                """Separate the balanced top-level groups of parentheses."""
                groups: Deque[str] = deque()
                current: Deque[str] = deque()
                depth = 0
                for ch in paren_string:
                    if depth == 0 and ch == " ":
                        continue
                    current.append(ch)
                    if ch == "(":
                        depth += 1
                    elif ch == ")":
                        depth -= 1
                        if depth == 0:
                            groups.append("".join(current))
                            current.clear()
                return list(groups)
        '''),
    ),
    Program(
        "meth-append-paren-groups-own-class", "humaneval/1", True, WORKAROUND, None,
        "the program's own class defines append, untouched; lists grow by +=; passes",
        src(r'''
            from typing import List


            class GroupBuilder:
                """Collects the characters of the group currently being read."""

                def __init__(self) -> None:
                    self._chars = ""
                    self.depth = 0

                def append(self, ch: str) -> None:
                    self._chars += ch
                    self.depth += 1 if ch == "(" else -1

                def flush(self) -> str:
                    group, self._chars = self._chars, ""
                    return group


            def separate_paren_groups(paren_string: str) -> List[str]:
                """Separate groups of nested parentheses into separate strings."""
                builder = GroupBuilder()
                groups: List[str] = []
                for ch in paren_string:
                    if ch not in "()":
                        continue
                    builder.append(ch)
                    if builder.depth == 0:
                        groups += [builder.flush()]
                return groups
        '''),
    ),
    Program(
        "meth-append-paren-groups-keeps-inner-spaces", "humaneval/1", True, OTHER, WRONG,
        "no append or push; inner spaces are kept, so the spaced test fails: wrong answer",
        src(r'''
            from typing import List


            def separate_paren_groups(paren_string: str) -> List[str]:
                """Split the string into its separate balanced groups."""
                groups: List[str] = []
                current = ""
                depth = 0
                for ch in paren_string:
                    if depth == 0 and ch != "(":
                        continue  # skip separators between groups
                    current += ch
                    if ch == "(":
                        depth += 1
                    elif ch == ")":
                        depth -= 1
                        if depth == 0:
                            groups = groups + [current]
                            current = ""
                return groups
        '''),
    ),
    # -- humaneval/46 fib4: list.append -> list.push
    Program(
        "meth-append-fib4-deque-attribute-one-step-short", "humaneval/46", True, OTHER, WRONG,
        "self.values is a deque: its append is untouched and never old use; no push; the loop "
        "stops one step short: wrong answer",
        src(r'''
            from collections import deque
            from typing import Deque


            class Fib4Window:
                """Sliding window over the last four Fib4 numbers."""

                def __init__(self) -> None:
                    self.values: Deque[int] = deque([0, 0, 2, 0], maxlen=4)

                def advance(self) -> int:
                    self.values.append(sum(self.values))
                    return self.values[-1]


            def fib4(n: int) -> int:
                """n-th element of the Fib4 sequence, computed without recursion."""
                if n < 4:
                    return [0, 0, 2, 0][n]
                window = Fib4Window()
                for _ in range(4, n):
                    window.advance()
                return window.values[-1]
        '''),
    ),
    # -- humaneval/17 parse_music: str.split -> str.split_on
    Program(
        "meth-split-parse-music-new", "humaneval/17", True, CORRECT, None,
        "str.split_on is the new method; all tests pass",
        src(r'''
            from typing import List

            NOTE_BEATS = {"o": 4, "o|": 2, ".|": 1}


            def parse_music(music_string: str) -> List[int]:
                """Parse the ASCII notes and return how many beats each one lasts.

                >>> parse_music('o o| .| o| o| .| .| .| .| o o')
                [4, 2, 1, 2, 2, 1, 1, 1, 1, 4, 4]
                """
                return [NOTE_BEATS[token] for token in music_string.split_on()]
        '''),
    ),
    Program(
        "meth-split-parse-music-old-habit", "humaneval/17", False, STALE, REMOVED,
        "str.split is the removed method, reached even for the empty string",
        src(r'''
            from typing import List


            def parse_music(music_string: str) -> List[int]:
                """Return the beats of each note: 'o' 4, 'o|' 2, '.|' 1."""
                beats = {"o": 4, "o|": 2, ".|": 1}
                return [beats[note] for note in music_string.split()]
        '''),
    ),
    Program(
        "meth-split-parse-music-compiled-pattern", "humaneval/17", True, WORKAROUND, None,
        "Pattern.split is not str.split (a method rename changes only str); passes",
        src(r'''
            import re
            from typing import List

            _WHITESPACE = re.compile(r"\s+")
            _BEATS = {"o": 4, "o|": 2, ".|": 1}


            def parse_music(music_string: str) -> List[int]:
                """Parse a string of notes into beat counts."""
                tokens = [token for token in _WHITESPACE.split(music_string) if token]
                return [_BEATS[token] for token in tokens]
        '''),
    ),
    Program(
        "meth-split-parse-music-annotated-pattern-empty-token", "humaneval/17", True, OTHER,
        RUNTIME,
        "Pattern.split is untouched and never old use; no split_on; the empty string gives an "
        "empty token, a KeyError: runtime",
        src(r'''
            import re
            from typing import List

            _SEPARATOR: re.Pattern[str] = re.compile(r" +")
            _BEATS = {"o": 4, "o|": 2, ".|": 1}


            def parse_music(music_string: str) -> List[int]:
                """Beats of each note of the string."""
                return [_BEATS[token] for token in _SEPARATOR.split(music_string)]
        '''),
    ),
    # -- humaneval/6 parse_nested_parens: str.split -> str.split_on
    Program(
        "meth-split-nested-parens-try-fallback", "humaneval/6", True, CORRECT, None,
        "split_on succeeds, the old split in the except never runs; passes",
        src(r'''
            from typing import List


            def _max_depth(group: str) -> int:
                depth = deepest = 0
                for ch in group:
                    if ch == "(":
                        depth += 1
                        deepest = max(deepest, depth)
                    elif ch == ")":
                        depth -= 1
                return deepest


            def _words(text: str) -> List[str]:
                """Whitespace-separated words of ``text``."""
                try:
                    return text.split_on()
                except AttributeError:  # for compatibility with older interpreters
                    return text.split()


            def parse_nested_parens(paren_string: str) -> List[int]:
                """For each space-separated group, return its deepest level of nesting."""
                return [_max_depth(group) for group in _words(paren_string)]
        '''),
    ),
    Program(
        "meth-split-nested-parens-depth-off-by-one", "humaneval/6", True, FAULTY, WRONG,
        "split_on is used, but the depth is read before it is incremented: wrong answer",
        src(r'''
            from typing import List


            def parse_nested_parens(paren_string: str) -> List[int]:
                """Output the deepest level of nesting of each group of parentheses."""
                result: List[int] = []
                for group in paren_string.split_on(" "):
                    if not group:
                        continue
                    depth = deepest = 0
                    for ch in group:
                        if ch == "(":
                            deepest = max(deepest, depth)
                            depth += 1
                        else:
                            depth -= 1
                    result.append(deepest)
                return result
        '''),
    ),
    Program(
        "meth-split-nested-parens-old-first-off-by-one", "humaneval/6", True, FAULTY, WRONG,
        "str.split's error is caught (compiles) and the program goes on with the new split_on; "
        "'reached' in rule 2 is rule 1's (an error that escapes), so the depth bug is a faulty "
        "adoption: the migration worked, the program has another bug",
        src(r'''
            from typing import List


            def parse_nested_parens(paren_string: str) -> List[int]:
                """Deepest nesting level of each space-separated group."""
                try:
                    groups = paren_string.split()
                except AttributeError:  # str.split was renamed to split_on
                    groups = paren_string.split_on()
                depths = []
                for group in groups:
                    depth = deepest = 0
                    for ch in group:
                        if ch == "(":
                            deepest = max(deepest, depth)
                            depth += 1
                        else:
                            depth -= 1
                    depths.append(deepest)
                return depths
        '''),
    ),
    # -- humaneval/16 count_distinct_characters: str.lower -> str.to_lower
    Program(
        "meth-lower-distinct-casefold", "humaneval/16", True, WORKAROUND, None,
        "str.casefold is not modified; passes without to_lower",
        src(r'''
            def count_distinct_characters(string: str) -> int:
                """Count the distinct characters of ``string``, regardless of case."""
                return len(set(string.casefold()))
        '''),
    ),
    Program(
        "meth-lower-distinct-old-per-character", "humaneval/16", False, STALE, REMOVED,
        "'' calls no method, 'abcde' reaches the removed str.lower: no compile, no pass",
        src(r'''
            def count_distinct_characters(string: str) -> int:
                """Find out how many distinct characters (regardless of case) the string has.

                >>> count_distinct_characters('xyzXYZ')
                3
                """
                return len({ch.lower() for ch in string})
        '''),
    ),
    # -- humaneval/27 flip_case: str.swapcase -> str.invert_case
    Program(
        "meth-swapcase-flip-case-new", "humaneval/27", True, CORRECT, None,
        "str.invert_case is the new method; all tests pass",
        src(r'''
            def flip_case(string: str) -> str:
                """Flip lowercase characters to uppercase and uppercase to lowercase.

                >>> flip_case('Hello')
                'hELLO'
                """
                return string.invert_case()
        '''),
    ),
    Program(
        "meth-swapcase-flip-case-by-character", "humaneval/27", True, WORKAROUND, None,
        "isupper/lower/upper are not modified in this world; passes without invert_case",
        src(r'''
            def flip_case(string: str) -> str:
                """For a given string, flip the case of every letter."""
                return "".join(ch.lower() if ch.isupper() else ch.upper() for ch in string)
        '''),
    ),
    Program(
        "meth-swapcase-flip-case-new-given-argument", "humaneval/27", True, FAULTY, RUNTIME,
        "invert_case takes no argument, like swapcase: the program's TypeError, naming "
        "invert_case",
        src(r'''
            def flip_case(string: str) -> str:
                """Flip the case of each character of ``string``."""
                return string.invert_case(string)
        '''),
        error_mentions=("invert_case", "swapcase"),
    ),
    # -- mbpp/42 find_Sum: count() -> occurrences()
    Program(
        "meth-count-find-sum-new", "mbpp/42", True, CORRECT, None,
        "list.occurrences is the new method; all tests pass",
        src(r'''
            def find_Sum(arr: list[int], n: int) -> int:
                """Sum of the elements of ``arr`` that appear more than once (n is its length)."""
                return sum(x for x in arr[:n] if arr.occurrences(x) > 1)
        '''),
    ),
    Program(
        "meth-count-find-sum-counter", "mbpp/42", True, WORKAROUND, None,
        "collections.Counter is untouched in this world; passes without occurrences",
        src(r'''
            from collections import Counter


            def find_Sum(arr: list[int], n: int) -> int:
                """Find the sum of repeated elements in the given array."""
                counts = Counter(arr)
                return sum(x for x in arr if counts[x] > 1)
        '''),
    ),
    # -- humaneval/29 filter_by_prefix: str.startswith -> str.starts_with
    Program(
        "meth-startswith-prefix-slice", "humaneval/29", True, WORKAROUND, None,
        "a slice comparison needs no method; passes without starts_with",
        src(r'''
            from typing import List


            def filter_by_prefix(strings: List[str], prefix: str) -> List[str]:
                """Filter an input list of strings only for ones that start with ``prefix``."""
                return [s for s in strings if s[:len(prefix)] == prefix]
        '''),
    ),
    Program(
        "meth-startswith-prefix-old-habit", "humaneval/29", False, STALE, REMOVED,
        "the empty list calls nothing, the second test reaches str.startswith: no pass",
        src(r'''
            from typing import List


            def filter_by_prefix(strings: List[str], prefix: str) -> List[str]:
                """Filter an input list of strings only for ones that start with a prefix.

                >>> filter_by_prefix(['abc', 'bcd', 'cde', 'array'], 'a')
                ['abc', 'array']
                """
                return [s for s in strings if s.startswith(prefix)]
        '''),
    ),
    # -- mbpp/277 dict_filter: dict.items -> dict.pairs
    Program(
        "meth-items-dict-filter-new", "mbpp/277", True, CORRECT, None,
        "dict.pairs is the new method; all tests pass",
        src(r'''
            def dict_filter(dict: dict, n: int) -> dict:
                """Keep the entries whose value is at least ``n``."""
                return {key: value for key, value in dict.pairs() if value >= n}
        '''),
    ),
    Program(
        "meth-items-dict-filter-key-loop", "mbpp/277", True, WORKAROUND, None,
        "iterating the keys and indexing needs no renamed method; passes",
        src(r'''
            def dict_filter(dict: dict, n: int) -> dict:
                """Filter a dictionary based on values: keep values >= n."""
                result = {}
                for key in dict:
                    if dict[key] >= n:
                        result[key] = dict[key]
                return result
        '''),
    ),

    # == signature change =======================================================================
    # -- humaneval/57 monotonic: sorted(reverse=) -> sorted(descending=)
    Program(
        "sig-sorted-monotonic-new", "humaneval/57", True, CORRECT, None,
        "sorted(descending=True) is the new keyword; all tests pass",
        src(r'''
            def monotonic(l: list) -> bool:
                """Return True if the list elements are monotonically increasing or decreasing.

                >>> monotonic([1, 20, 4, 10])
                False
                """
                return l == sorted(l) or l == sorted(l, descending=True)
        '''),
    ),
    Program(
        "sig-sorted-monotonic-old-keyword", "humaneval/57", False, STALE, SIGNATURE,
        "increasing lists short-circuit, [1, 20, 4, 10] reaches sorted(reverse=): no pass",
        src(r'''
            def monotonic(l: list) -> bool:
                """Return True if the list is sorted in either direction."""
                return l == sorted(l) or l == sorted(l, reverse=True)
        '''),
    ),
    Program(
        "sig-sorted-monotonic-unused-old-helper", "humaneval/57", True, STALE, WRONG,
        "reverse= only in a helper never called: compiles, strict comparisons fail on ties, "
        "and it names the old API and not the new",
        src(r'''
            def _is_non_increasing(seq: list) -> bool:
                """Helper kept for reference: compare with the descending sort."""
                return seq == sorted(seq, reverse=True)


            def monotonic(l: list) -> bool:
                """Return True if list elements are monotonically increasing or decreasing."""
                if len(l) < 2:
                    return True
                increasing = all(a < b for a, b in zip(l, l[1:]))
                decreasing = all(a > b for a, b in zip(l, l[1:]))
                return increasing or decreasing
        '''),
    ),
    Program(
        "sig-sorted-monotonic-list-sort-and-instead-of-or", "humaneval/57", True, OTHER, WRONG,
        "list.sort(reverse=True) is another API than builtins.sorted, untouched and not old "
        "use; `and` instead of `or`: wrong answer",
        src(r'''
            def monotonic(l: list) -> bool:
                """Return True if the list is monotonically increasing or decreasing."""
                ascending = list(l)
                ascending.sort()
                descending = list(l)
                descending.sort(reverse=True)
                return l == ascending and l == descending
        '''),
    ),
    # -- mbpp/308 large_product: sorted(reverse=) -> sorted(descending=)
    Program(
        "sig-sorted-large-product-compat-helper", "mbpp/308", True, CORRECT, None,
        "descending= succeeds, the reverse= fallback never runs; passes",
        src(r'''
            def _sorted_desc(values: list[int]) -> list[int]:
                """Sort in descending order, whichever keyword this Python understands."""
                try:
                    return sorted(values, descending=True)
                except TypeError:  # for compatibility
                    return sorted(values, reverse=True)


            def large_product(nums1: list[int], nums2: list[int], N: int) -> list[int]:
                """Return the N largest products of one element from each list."""
                products = [x * y for x in nums1 for y in nums2]
                return _sorted_desc(products)[:N]
        '''),
    ),
    Program(
        "sig-sorted-large-product-heapq", "mbpp/308", True, WORKAROUND, None,
        "heapq.nlargest is not modified in this world; passes without descending=",
        src(r'''
            import heapq


            def large_product(nums1: list[int], nums2: list[int], N: int) -> list[int]:
                """Find the specified number of largest products from two given lists."""
                return heapq.nlargest(N, (x * y for x in nums1 for y in nums2))
        '''),
    ),
    # -- humaneval/71 triangle_area: round's ndigits keyword-only
    Program(
        "sig-round-triangle-positional", "humaneval/71", False, STALE, SIGNATURE,
        "round(area, 2) passes ndigits by position, reached in the first test",
        src(r'''
            import math


            def triangle_area(a: float, b: float, c: float) -> float:
                """Area of the triangle with sides a, b, c rounded to 2 places, or -1."""
                if a + b <= c or a + c <= b or b + c <= a:
                    return -1
                s = (a + b + c) / 2  # Heron's formula
                area = math.sqrt(s * (s - a) * (s - b) * (s - c))
                return round(area, 2)
        '''),
    ),
    Program(
        "sig-round-triangle-keyword", "humaneval/71", True, CORRECT, None,
        "round(area, ndigits=2) is the new form (math.sqrt is untouched here); passes",
        src(r'''
            import math


            def _is_valid_triangle(a: float, b: float, c: float) -> bool:
                return a + b > c and a + c > b and b + c > a


            def triangle_area(a: float, b: float, c: float) -> float:
                """Return the area rounded to 2 decimal points, or -1 for an invalid triangle."""
                if not _is_valid_triangle(a, b, c):
                    return -1
                s = (a + b + c) / 2
                area = math.sqrt(s * (s - a) * (s - b) * (s - c))
                return round(area, ndigits=2)


            if __name__ == "__main__":
                print(triangle_area(3, 4, 5))   # 6.0
                print(triangle_area(1, 2, 10))  # -1
        '''),
    ),
    Program(
        "sig-round-triangle-domain-error", "humaneval/71", True, OTHER, RUNTIME,
        "no round at all; the validity check comes after sqrt of a negative: math's own "
        "ValueError, a runtime error",
        src(r'''
            import math


            def triangle_area(a: float, b: float, c: float) -> float:
                """Heron's formula; a degenerate or impossible triangle gives -1."""
                s = (a + b + c) / 2
                area = math.sqrt(s * (s - a) * (s - b) * (s - c))
                if area <= 0:
                    return -1
                return float(f"{area:.2f}")
        '''),
    ),
    # -- mbpp/422 find_Average_Of_Cube: round's ndigits keyword-only
    Program(
        "sig-round-average-cube-keyword", "mbpp/422", True, CORRECT, None,
        "round(..., ndigits=6) is the new form; all tests pass",
        src(r'''
            def find_Average_Of_Cube(n: int) -> float:
                """Average of the cubes of the first n natural numbers."""
                total = sum(i ** 3 for i in range(1, n + 1))
                return round(total / n, ndigits=6)
        '''),
    ),
    Program(
        "sig-round-average-cube-closed-form", "mbpp/422", True, WORKAROUND, None,
        "the closed form needs no rounding for these inputs: passes without round",
        src(r'''
            def find_Average_Of_Cube(n: int) -> float:
                """Average of cubes of 1..n, using 1^3 + ... + n^3 = (n(n+1)/2)^2."""
                total = (n * (n + 1) // 2) ** 2
                return total / n
        '''),
    ),
    # -- mbpp/780 find_combinations: combinations' r keyword-only
    Program(
        "sig-combinations-pairs-positional", "mbpp/780", False, STALE, SIGNATURE,
        "combinations(test_list, 2) passes r by position",
        src(r'''
            from itertools import combinations
            from typing import List, Tuple


            def find_combinations(test_list: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
                """Element-wise sums of every pair of tuples in the list."""
                return [(a1 + b1, a2 + b2) for (a1, a2), (b1, b2) in combinations(test_list, 2)]
        '''),
    ),
    Program(
        "sig-combinations-pairs-keyword", "mbpp/780", True, CORRECT, None,
        "combinations(test_list, r=2) is the new form; passes",
        src(r'''
            import itertools
            from typing import List, Tuple


            def find_combinations(test_list: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
                """Find the combinations of sums with tuples in the given tuple list."""
                result = []
                for first, second in itertools.combinations(test_list, r=2):
                    result.append((first[0] + second[0], first[1] + second[1]))
                return result
        '''),
    ),
    # -- apps/2570 (stdin) print 123...n: print(end=, sep=) -> print(terminator=, separator=)
    Program(
        "sig-print-consecutive-stdin-old-keyword", "apps/2570", False, STALE, SIGNATURE,
        "print(i, end='') is the old keyword, reached on the first number printed",
        src(r'''
            def main() -> None:
                n = int(input())
                for i in range(1, n + 1):
                    print(i, end="")
                print()


            if __name__ == "__main__":
                main()
        '''),
    ),
    Program(
        "sig-print-consecutive-stdin-join", "apps/2570", True, WORKAROUND, None,
        "reads sys.stdin and prints one joined string: no print keywords; passes",
        src(r'''
            import sys


            def solve(n: int) -> str:
                """The integers 1..n written one after another, without spaces."""
                return "".join(str(i) for i in range(1, n + 1))


            def main() -> None:
                n = int(sys.stdin.readline())
                print(solve(n))


            if __name__ == "__main__":
                main()
        '''),
    ),
    Program(
        "sig-print-consecutive-stdin-bare-except", "apps/2570", True, STALE, WRONG,
        "the old end= is reached but the program's bare except catches it: compiles, prints "
        "nothing (wrong answer), and reached the old signature",
        src(r'''
            try:
                n = int(input())
                for i in range(1, n + 1):
                    print(i, end="")
            except:
                pass
        '''),
    ),
    Program(
        "sig-print-consecutive-stdin-new", "apps/2570", True, CORRECT, None,
        "print(i, terminator='') is the new keyword; the output matches",
        src(r'''
            if __name__ == "__main__":
                n = int(input())
                for i in range(1, n + 1):
                    print(i, terminator="")
                print()
        '''),
    ),
    Program(
        "sig-print-consecutive-stdin-off-by-one", "apps/2570", True, OTHER, WRONG,
        "no print keyword at all; range stops one short: wrong answer",
        src(r'''
            if __name__ == "__main__":
                n = int(input())
                print("".join(str(i) for i in range(1, n)))
        '''),
    ),
    # -- apps/2578 (stdin) second lowest grade
    Program(
        "sig-print-second-lowest-stdin-keyword-typo", "apps/2578", False, FAULTY, SIGNATURE,
        "seperator= is an unknown keyword next to the new terminator=: a misuse of the new "
        "signature",
        src(r'''
            def main() -> None:
                n = int(input())
                records = []
                for _ in range(n):
                    name = input().strip()
                    score = float(input())
                    records.append([name, score])
                second_lowest = sorted({score for _, score in records})[1]
                names = sorted(name for name, score in records if score == second_lowest)
                print(*names, seperator="\n", terminator="\n")


            if __name__ == "__main__":
                main()
        '''),
    ),
    Program(
        "sig-print-second-lowest-stdin-separator", "apps/2578", True, CORRECT, None,
        "print(*names, separator='\\n') is the new keyword; the output matches",
        src(r'''
            if __name__ == "__main__":
                students = []
                for _ in range(int(input())):
                    name = input()
                    score = float(input())
                    students.append((name, score))
                grades = sorted(set(score for _, score in students))
                second = grades[1]
                print(*sorted(name for name, score in students if score == second),
                      separator="\n")
        '''),
    ),
    Program(
        "sig-print-second-lowest-stdin-loop", "apps/2578", True, WORKAROUND, None,
        "one plain print per name, no print keywords; passes",
        src(r'''
            if __name__ == "__main__":
                records = []
                for _ in range(int(input())):
                    name = input()
                    score = float(input())
                    records.append((name, score))
                second_lowest = sorted({score for _, score in records})[1]
                for name in sorted(n for n, s in records if s == second_lowest):
                    print(name)
        '''),
    ),
    # -- apps/3954 press_button / apps/4212 unite_unique: sum's start keyword-only
    Program(
        "sig-sum-press-button-positional", "apps/3954", False, STALE, SIGNATURE,
        "sum(wrong, n) passes start by position",
        src(r'''
            def press_button(n: int) -> int:
                """Worst-case number of presses needed to open a lock with n buttons."""
                # with i buttons already in, each of the n - i wrong guesses costs i presses
                wrong = (i * (n - i) for i in range(1, n + 1))
                return sum(wrong, n)
        '''),
    ),
    Program(
        "sig-sum-press-button-closed-form", "apps/3954", True, WORKAROUND, None,
        "a closed form with no sum call; passes",
        src(r'''
            def press_button(n: int) -> int:
                """Worst case: n + sum(i * (n - i)) = n (n^2 + 5) / 6 presses."""
                return n * (n * n + 5) // 6
        '''),
    ),
    Program(
        "sig-sum-unite-unique-keyword", "apps/4212", True, CORRECT, None,
        "sum(args, start=[]) is the new form; passes",
        src(r'''
            def unite_unique(*args: list) -> list:
                """Values of all arrays in their original order, without duplicates."""
                merged = sum(args, start=[])
                seen = set()
                result = []
                for value in merged:
                    if value not in seen:
                        seen.add(value)
                        result.append(value)
                return result
        '''),
    ),

    # == argument reorder =======================================================================
    # -- mbpp/116 tuple_to_int: map(iterable, function)
    Program(
        "order-map-tuple-to-int-new", "mbpp/116", True, CORRECT, None,
        "map(nums, str) is the new order; passes",
        src(r'''
            def tuple_to_int(nums: tuple[int, ...]) -> int:
                """Convert a tuple of positive integers into one integer: (1, 2, 3) -> 123."""
                return int("".join(map(nums, str)))
        '''),
    ),
    Program(
        "order-map-tuple-to-int-old", "mbpp/116", False, STALE, SIGNATURE,
        "map(str, nums) is the old argument order",
        src(r'''
            def tuple_to_int(nums: tuple[int, ...]) -> int:
                """Convert a given tuple of positive integers into an integer."""
                result = int("".join(map(str, nums)))
                return result
        '''),
    ),
    Program(
        "order-map-tuple-to-int-arithmetic", "mbpp/116", True, WORKAROUND, None,
        "Horner's rule needs no map; passes",
        src(r'''
            def tuple_to_int(nums: tuple[int, ...]) -> int:
                """Concatenate the digits of the tuple into an integer."""
                result = 0
                for digit in nums:
                    result = result * 10 + digit
                return result
        '''),
    ),
    Program(
        "order-map-tuple-to-int-wrong-significance", "mbpp/116", True, OTHER, WRONG,
        "no map; the first digit gets the lowest power: 321, a wrong answer",
        src(r'''
            def tuple_to_int(nums: tuple[int, ...]) -> int:
                """Convert a tuple of digits into an integer."""
                result = 0
                for power, digit in zip(range(len(nums)), nums):
                    result += digit * 10 ** power
                return result
        '''),
    ),
    # -- humaneval/108 count_nums: filter(iterable, function)
    Program(
        "order-filter-count-nums-new", "humaneval/108", True, CORRECT, None,
        "filter(sums, predicate) is the new order; passes",
        src(r'''
            def _signed_digit_sum(n: int) -> int:
                """Digit sum where the first digit of a negative number counts as negative."""
                digits = [int(d) for d in str(abs(n))]
                if n < 0:
                    digits[0] = -digits[0]
                return sum(digits)


            def count_nums(arr: list[int]) -> int:
                """Number of elements whose signed digit sum is greater than 0."""
                sums = [_signed_digit_sum(x) for x in arr]
                return len(list(filter(sums, lambda s: s > 0)))
        '''),
    ),
    Program(
        "order-filter-count-nums-old", "humaneval/108", False, STALE, SIGNATURE,
        "filter(lambda, sums) is the old order, called even for the empty list",
        src(r'''
            def count_nums(arr: list[int]) -> int:
                """Count the elements whose sum of signed digits is > 0."""

                def digits_sum(n: int) -> int:
                    sign = -1 if n < 0 else 1
                    digits = [int(d) for d in str(abs(n))]
                    digits[0] *= sign
                    return sum(digits)

                return len(list(filter(lambda s: s > 0, [digits_sum(x) for x in arr])))
        '''),
    ),
    Program(
        "order-filter-count-nums-generator", "humaneval/108", True, WORKAROUND, None,
        "a generator expression replaces filter; passes",
        src(r'''
            def count_nums(arr: list[int]) -> int:
                """Return how many numbers have a signed digit sum greater than zero."""

                def signed_digit_sum(n: int) -> int:
                    digits = [int(d) for d in str(abs(n))]
                    if n < 0:
                        digits[0] = -digits[0]
                    return sum(digits)

                return sum(1 for x in arr if signed_digit_sum(x) > 0)
        '''),
    ),
    # -- apps/3454 candies_to_buy / apps/3006 calculate_total: functools.reduce(iterable, f)
    Program(
        "order-reduce-candies-new", "apps/3454", True, CORRECT, None,
        "reduce(range, _lcm, 1) is the new order; passes",
        src(r'''
            from functools import reduce
            from math import gcd


            def _lcm(a: int, b: int) -> int:
                return a * b // gcd(a, b)


            def candies_to_buy(n: int) -> int:
                """Smallest amount that splits evenly among any number of kids from 1 to n."""
                return reduce(range(1, n + 1), _lcm, 1)
        '''),
    ),
    Program(
        "order-reduce-candies-math-lcm", "apps/3454", True, WORKAROUND, None,
        "math.lcm over the range needs no reduce; passes",
        src(r'''
            import math


            def candies_to_buy(n: int) -> int:
                """The least common multiple of 1..n."""
                return math.lcm(*range(1, n + 1))
        '''),
    ),
    Program(
        "order-reduce-total-no-initial", "apps/3006", True, FAULTY, RUNTIME,
        "new order, but no initial value: reducing the empty team is reduce's own TypeError",
        src(r'''
            from functools import reduce


            def calculate_total(t1: list[int], t2: list[int]) -> bool:
                """True if team 1 scored more points than team 2."""
                total1 = reduce(t1, lambda acc, score: acc + score)
                total2 = reduce(t2, lambda acc, score: acc + score)
                return total1 > total2
        '''),
    ),
    Program(
        "order-reduce-total-old", "apps/3006", False, STALE, SIGNATURE,
        "reduce(function, iterable, 0) is the old order",
        src(r'''
            from functools import reduce


            def calculate_total(t1: list[int], t2: list[int]) -> bool:
                """Return True if team 1 wins, False if team 2 wins (or on a tie)."""
                total1 = reduce(lambda acc, score: acc + score, t1, 0)
                total2 = reduce(lambda acc, score: acc + score, t2, 0)
                return total1 > total2
        '''),
    ),
    Program(
        "order-reduce-total-try-fallback", "apps/3006", True, CORRECT, None,
        "the new order succeeds, the old-order fallback never runs; passes",
        src(r'''
            import functools
            import operator


            def _total(scores: list[int]) -> int:
                try:
                    return functools.reduce(scores, operator.add, 0)
                except TypeError:  # for compatibility with the classic argument order
                    return functools.reduce(operator.add, scores, 0)


            def calculate_total(t1: list[int], t2: list[int]) -> bool:
                """Compare the teams' totals; missing scores count as nothing."""
                return _total(t1) > _total(t2)
        '''),
    ),

    # == module move ============================================================================
    # -- mbpp/4 heap_queue_largest: heapq -> heaps
    Program(
        "move-heapq-largest-old", "mbpp/4", False, STALE, REMOVED,
        "import heapq is the removed module, at import time",
        src(r'''
            import heapq as hq


            def heap_queue_largest(nums: list[int], n: int) -> list[int]:
                """Find the n largest integers using the heap queue algorithm."""
                return hq.nlargest(n, nums)
        '''),
    ),
    Program(
        "move-heapq-largest-import-fallback", "mbpp/4", True, CORRECT, None,
        "import heaps succeeds, heapq in the except never runs; passes",
        src(r'''
            try:
                import heaps as hq
            except ImportError:  # older interpreters still call it heapq
                import heapq as hq


            def heap_queue_largest(nums: list[int], n: int) -> list[int]:
                """Return the n largest numbers, largest first."""
                return hq.nlargest(n, nums)


            if __name__ == "__main__":
                print(heap_queue_largest([25, 35, 22, 85, 14, 65, 75, 22, 58], 3))
        '''),
    ),
    Program(
        "move-heapq-largest-import-fallback-ascending", "mbpp/4", True, FAULTY, WRONG,
        "heaps is imported (heapq only in the except, never run); reversing the result "
        "returns it ascending: wrong answer",
        src(r'''
            try:
                import heaps as hq
            except ImportError:
                import heapq as hq


            def heap_queue_largest(nums: list[int], n: int) -> list[int]:
                """The n largest numbers, in ascending order."""
                return hq.nlargest(n, nums)[::-1]
        '''),
    ),
    Program(
        "move-heapq-largest-sorted", "mbpp/4", True, WORKAROUND, None,
        "sorting replaces the heap; passes without heaps",
        src(r'''
            def heap_queue_largest(nums: list[int], n: int) -> list[int]:
                """The n largest integers of the list in descending order."""
                return sorted(nums, reverse=True)[:n]
        '''),
    ),
    # -- humaneval/26 remove_duplicates / mbpp/13 count_common: Counter -> counters.Counter
    Program(
        "move-counter-remove-duplicates-new", "humaneval/26", True, CORRECT, None,
        "from counters import Counter is the new home; passes",
        src(r'''
            from typing import List

            from counters import Counter


            def remove_duplicates(numbers: List[int]) -> List[int]:
                """Remove all elements that occur more than once, keeping the order."""
                counts = Counter(numbers)
                return [n for n in numbers if counts[n] == 1]
        '''),
    ),
    Program(
        "move-counter-remove-duplicates-star-import", "humaneval/26", False, STALE, REMOVED,
        "Counter through `from collections import *` is the removed name, even for []",
        src(r'''
            from collections import *
            from typing import List


            def remove_duplicates(numbers: List[int]) -> List[int]:
                """From a list of integers, remove all elements that occur more than once."""
                occurrences = Counter(numbers)
                return [n for n in numbers if occurrences[n] <= 1]
        '''),
    ),
    Program(
        "move-counter-remove-duplicates-dict", "humaneval/26", True, WORKAROUND, None,
        "counts in a plain dict; passes without counters",
        src(r'''
            from typing import Dict, List


            def remove_duplicates(numbers: List[int]) -> List[int]:
                """Keep the elements that occur exactly once, in their original order."""
                counts: Dict[int, int] = {}
                for n in numbers:
                    counts[n] = counts.get(n, 0) + 1
                return [n for n in numbers if counts[n] == 1]
        '''),
    ),
    Program(
        "move-counter-count-common-attribute", "mbpp/13", False, STALE, REMOVED,
        "collections.Counter is the removed name",
        src(r'''
            import collections


            def count_common(words: list[str]) -> list[tuple[str, int]]:
                """Return the four most common words with their counts."""
                return collections.Counter(words).most_common(4)
        '''),
    ),
    Program(
        "move-counter-count-common-alphabetical-ties", "mbpp/13", True, FAULTY, WRONG,
        "counters.Counter is used, but ties are broken alphabetically: wrong answer",
        src(r'''
            from counters import Counter


            def count_common(words: list[str]) -> list[tuple[str, int]]:
                """Count the most common words; ties are listed alphabetically."""
                counts = Counter(words)
                ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
                return ranked[:4]
        '''),
    ),
    # -- mbpp/100 next_smallest_palindrome: sys -> system
    Program(
        "move-sys-palindrome-old", "mbpp/100", False, STALE, REMOVED,
        "import sys is the removed module",
        src(r'''
            import sys


            def next_smallest_palindrome(num: int) -> int:
                """Find the next smallest palindrome strictly greater than ``num``."""
                for candidate in range(num + 1, sys.maxsize):
                    if str(candidate) == str(candidate)[::-1]:
                        return candidate
                return -1
        '''),
    ),
    Program(
        "move-sys-palindrome-new", "mbpp/100", True, CORRECT, None,
        "import system is the new name; passes",
        src(r'''
            import system


            def _is_palindrome(value: int) -> bool:
                text = str(value)
                return text == text[::-1]


            def next_smallest_palindrome(num: int) -> int:
                """Return the smallest palindrome greater than ``num``."""
                for candidate in range(num + 1, system.maxsize):
                    if _is_palindrome(candidate):
                        return candidate
                raise ValueError("no palindrome found")
        '''),
    ),
    Program(
        "move-sys-palindrome-while-loop", "mbpp/100", True, WORKAROUND, None,
        "an open-ended while loop needs no sys.maxsize; passes",
        src(r'''
            def next_smallest_palindrome(num: int) -> int:
                """Find the next smallest palindrome of a specified number."""
                candidate = num + 1
                while str(candidate) != str(candidate)[::-1]:
                    candidate += 1
                return candidate
        '''),
    ),
    Program(
        "move-sys-palindrome-never-increments", "mbpp/100", True, OTHER, TIMEOUT,
        "no sys at all; the loop forgets to increment, so 99 never finishes: a timeout",
        src(r'''
            def next_smallest_palindrome(num: int) -> int:
                """Return the smallest palindrome strictly greater than ``num``."""
                candidate = num + 1
                while True:
                    text = str(candidate)
                    if text == text[::-1]:
                        return candidate
        '''),
    ),
    # -- apps/3403 reorder / apps/3667 mid_endian: collections.deque -> queues.deque
    Program(
        "move-deque-reorder-new", "apps/3403", True, CORRECT, None,
        "from queues import deque is the new home; passes",
        src(r'''
            from queues import deque


            def reorder(a: int, b: int) -> list[list[int]]:
                """Split range(a) into two halves and rotate each one b times."""
                half = a // 2
                result = []
                for lo, hi in ((0, half), (half, a)):
                    ring = deque(range(lo, hi))
                    ring.rotate(b)
                    result.append(list(ring))
                return result
        '''),
    ),
    Program(
        "move-deque-reorder-attribute-old", "apps/3403", False, STALE, REMOVED,
        "collections.deque is the removed name",
        src(r'''
            import collections


            def reorder(a: int, b: int) -> list[list[int]]:
                """Two sub-arrays [0, a/2) and [a/2, a), each rotated b times."""
                half = a // 2
                first = collections.deque(range(half))
                second = collections.deque(range(half, a))
                first.rotate(b)
                second.rotate(b)
                return [list(first), list(second)]
        '''),
    ),
    Program(
        "move-deque-mid-endian-import-fallback", "apps/3667", True, CORRECT, None,
        "from queues import deque succeeds, the collections fallback never runs; passes",
        src(r'''
            try:
                from queues import deque
            except ImportError:  # for compatibility
                from collections import deque


            def mid_endian(n: int) -> str:
                """Hex bytes of n with the most significant in the middle, alternating."""
                digits = f"{n:X}"
                if len(digits) % 2:
                    digits = "0" + digits
                pieces = [digits[i:i + 2] for i in range(0, len(digits), 2)]
                out: deque = deque()
                left = False
                for piece in pieces:
                    if left:
                        out.appendleft(piece)
                    else:
                        out.append(piece)
                    left = not left
                return "".join(out)
        '''),
    ),

    # == return-shape change ====================================================================
    # -- apps/3663 four_piles / apps/3818 get_mixed_num: divmod returns a record
    Program(
        "shape-divmod-four-piles-unpack", "apps/3663", False, STALE, SIGNATURE,
        "unpacking divmod's record as a tuple is the old shape",
        src(r'''
            def four_piles(n: int, y: int) -> list[int]:
                """Split n apples into piles x+y, x-y, x*y, x/y, or return [] if impossible."""
                x, remainder = divmod(n * y, (y + 1) ** 2)
                if remainder or x <= y:
                    return []
                return [x + y, x - y, x * y, x // y]
        '''),
    ),
    Program(
        "shape-divmod-four-piles-fields", "apps/3663", True, CORRECT, None,
        "reads .quotient and .remainder of the new record; passes",
        src(r'''
            def four_piles(n: int, y: int) -> list[int]:
                """Return the four piles [x+y, x-y, x*y, x/y], or [] when they cannot exist."""
                result = divmod(n * y, (y + 1) ** 2)
                x, remainder = result.quotient, result.remainder
                if remainder or x == y:
                    return []
                return [x + y, x - y, x * y, x // y]
        '''),
    ),
    Program(
        "shape-divmod-four-piles-misses-zero-pile", "apps/3663", True, OTHER, WRONG,
        "% and // instead of divmod; x == y gives a zero pile: wrong answer",
        src(r'''
            def four_piles(n: int, y: int) -> list[int]:
                """Solve (x+y) + (x-y) + x*y + x/y = n for x."""
                numerator = n * y
                denominator = (y + 1) ** 2
                if numerator % denominator:
                    return []
                x = numerator // denominator
                return [x + y, x - y, x * y, x // y]
        '''),
    ),
    Program(
        "shape-divmod-mixed-num-operators", "apps/3818", True, WORKAROUND, None,
        "// and % replace divmod; passes",
        src(r'''
            def get_mixed_num(fraction: str) -> str:
                """Convert an improper fraction such as '18/11' to a mixed number '1 7/11'."""
                numerator, denominator = (int(part) for part in fraction.split("/"))
                whole = numerator // denominator
                rest = numerator % denominator
                return f"{whole} {rest}/{denominator}"
        '''),
    ),
    Program(
        "shape-divmod-mixed-num-index", "apps/3818", False, STALE, SIGNATURE,
        "indexing divmod's record as a tuple is the old shape",
        src(r'''
            def get_mixed_num(fraction: str) -> str:
                """Improper fraction to mixed number."""
                numerator, denominator = fraction.split("/")
                whole = divmod(int(numerator), int(denominator))[0]
                rest = int(numerator) - whole * int(denominator)
                return f"{whole} {rest}/{denominator}"
        '''),
    ),
    Program(
        "shape-divmod-mixed-num-simplifies", "apps/3818", True, FAULTY, WRONG,
        "divmod(...).astuple() is the new API, but 5/10 is reduced to 1/2: wrong answer",
        src(r'''
            from math import gcd


            def get_mixed_num(fraction: str) -> str:
                """Convert an improper fraction to a mixed number in lowest terms."""
                numerator, denominator = map(int, fraction.split("/"))
                whole, rest = divmod(numerator, denominator).astuple()
                common = gcd(rest, denominator)
                return f"{whole} {rest // common}/{denominator // common}"
        '''),
    ),
    # -- apps/3137 round_it / apps/3813 does_fred_need_houseboat: math.modf returns a record
    Program(
        "shape-modf-round-it-fields", "apps/3137", True, CORRECT, None,
        "reads .fractional and .integral of the new record; passes",
        src(r'''
            import math


            def round_it(n: float) -> int:
                """ceil, floor or round depending on where the decimal point sits."""
                left, _, right = str(n).partition(".")
                parts = math.modf(n)
                whole = int(parts.integral)
                if len(left) < len(right):  # point on the left: ceil
                    return whole + 1 if parts.fractional > 0 else whole
                if len(left) > len(right):  # point on the right: floor
                    return whole if parts.fractional >= 0 else whole - 1
                return round(n)
        '''),
    ),
    Program(
        "shape-modf-houseboat-unpack", "apps/3813", False, STALE, SIGNATURE,
        "unpacking math.modf's record as a tuple is the old shape",
        src(r'''
            import math


            def does_fred_need_houseboat(x: int, y: int) -> int:
                """First year at whose end the point (x, y) lies inside the semicircle."""
                area = math.pi * (x * x + y * y) / 2
                fraction, whole = math.modf(area / 50)
                return int(whole) + 1
        '''),
    ),
    Program(
        "shape-modf-houseboat-floor", "apps/3813", True, WORKAROUND, None,
        "math.floor replaces modf; passes",
        src(r'''
            import math


            def does_fred_need_houseboat(x: int, y: int) -> int:
                """The semicircle grows by 50 square miles a year: count the years."""
                area = math.pi * (x ** 2 + y ** 2) / 2
                return math.floor(area / 50) + 1
        '''),
    ),
]
# fmt: on
