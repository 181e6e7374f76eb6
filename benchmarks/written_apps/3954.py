def press_button(n):
    # wrong guesses at depth i cost i presses each (n - i of them), plus n final presses
    return sum((i * (n - i) for i in range(1, n + 1)), n)
