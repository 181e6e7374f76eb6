def numberAndIPaddress(s):
    if "." in s:
        n = 0
        for part in s.split("."):
            n = n * 256 + int(part)
        return str(n)
    n = int(s)
    parts = []
    for _ in range(4):
        parts = [str(n % 256)] + parts
        n //= 256
    return ".".join(parts)
