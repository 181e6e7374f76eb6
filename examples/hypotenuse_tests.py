def check(candidate):
    assert candidate(3, 4) == 5.0
    assert candidate(5, 12) == 13.0
    assert candidate(0, 0) == 0.0
