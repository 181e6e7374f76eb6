def missing(s):
    for width in range(1, len(s) // 2 + 1):
        current = int(s[:width])
        pos = width
        gap = None
        valid = True
        while pos < len(s):
            following = str(current + 1)
            skipped = str(current + 2)
            if s[pos:pos + len(following)] == following:
                current += 1
                pos += len(following)
            elif gap is None and s[pos:pos + len(skipped)] == skipped:
                gap = current + 1
                current += 2
                pos += len(skipped)
            else:
                valid = False
                break
        if valid:
            return gap if gap is not None else -1
    return -1
