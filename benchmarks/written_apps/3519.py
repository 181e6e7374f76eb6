def duplicate_elements(m, n):
    seen = set(m)
    for value in n:
        if value in seen:
            return True
    return False
