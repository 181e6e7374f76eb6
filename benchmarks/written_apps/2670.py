def look_and_say_and_sum(n):
    term = "1"
    for _ in range(n - 1):
        parts = []
        i = 0
        while i < len(term):
            j = i
            while j < len(term) and term[j] == term[i]:
                j += 1
            parts += [str(j - i) + term[i]]
            i = j
        term = "".join(parts)
    return sum(int(d) for d in term)
