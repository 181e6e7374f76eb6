def numericals(s):
    seen = {}
    parts = []
    for ch in s:
        seen.setdefault(ch, 0)
        seen[ch] += 1
        parts += [str(seen[ch])]
    return ''.join(parts)
