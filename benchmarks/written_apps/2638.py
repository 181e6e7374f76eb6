import re

n_text, _, m_text = input().partition(" ")
n = int(n_text)
m = int(m_text)
rows = []
for _ in range(n):
    row = input()
    rows += [row + " " * (m - len(row))]
decoded = "".join(rows[r][c] for c in range(m) for r in range(n))
print(re.sub(r"(?<=[A-Za-z0-9])[^A-Za-z0-9]+(?=[A-Za-z0-9])", " ", decoded))
