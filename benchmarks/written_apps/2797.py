KEYS = ["1", "2abc", "3def", "4ghi", "5jkl", "6mno", "7pqrs", "8tuv", "9wxyz", "*", "0", "#"]
PRESSES = {ch: i + 1 for key in KEYS for i, ch in zip(range(len(key)), key)}


def mobile_keyboard(s):
    return sum(PRESSES[ch] for ch in s)
